using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Marquee.Import;
using Marquee.Import.Crawl;
using Marquee.Import.Ghost;
using Marquee.Import.Wxr;

namespace Marquee.Tests.Fuzz;

/// <summary>
/// The Ghost, WordPress and crawl readers on mutated real files from the shared corpus: each file is read, or refused with an
/// import error naming the file, never any other exception, never a hang.
/// </summary>
public sealed class ImportFuzzTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("marquee-fuzz-").FullName;

    /// <summary>The corpus's Ghost exports a reader accepts, under 200 KB so an iteration stays cheap.</summary>
    private static readonly string[] GhostFiles = [.. Directory.EnumerateFiles(Path.Combine(Repository.Corpus, "ghost"), "*.json", SearchOption.AllDirectories)
        .Where(f => new FileInfo(f).Length < 200_000).Select(File.ReadAllText)];

    private static readonly string[] CrawlFiles = [.. Directory.EnumerateFiles(Path.Combine(Repository.Corpus, "crawl"), "*.txt")
        .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests", "Marquee.Tests", "Import", "CrawlRecords"), "*.txt")).Select(File.ReadAllText)];

    /// <summary>The corpus's WordPress exports under 200 KB (all but the theme and accessibility test sites).</summary>
    private static readonly string[] WxrFiles = [.. Directory.EnumerateFiles(Path.Combine(Repository.Corpus, "wxr"), "*.xml", SearchOption.AllDirectories)
        .Where(f => new FileInfo(f).Length < 200_000).Select(File.ReadAllText)];

    /// <summary>Values a Ghost column should never hold, for replacing any value of a real export.</summary>
    private static readonly Gen<JsonNode?> HostileValues = Gen.OneOf(
        Mutations.Fragment.Select(f => (JsonNode?)JsonValue.Create(f)),
        Gen.OneOf<JsonNode?>(null, JsonValue.Create(true), JsonValue.Create(-1), JsonValue.Create(1e308), JsonValue.Create(""), JsonValue.Create("2024-13-45T99:99:99Z")),
        Gen.Int[1, 200].Select(n => (JsonNode?)JsonValue.Create(new string('x', n * 1000))),
        Gen.Const(() => (JsonNode?)new JsonArray()), Gen.Const(() => (JsonNode?)new JsonObject()),
        Gen.Int[1, 300].Select(depth => (JsonNode?)JsonNode.Parse(new string('[', depth) + new string(']', depth), documentOptions: new JsonDocumentOptions { MaxDepth = 512 })));

    [Fact]
    public void Ghost_exports_with_values_replaced_are_read_or_refused_naming_the_file() =>
        FuzzRun.Check(GhostFiles.Length == 0 ? Gen.Const("") : Gen.OneOf(GhostFiles).SelectMany(ReplaceValues), json => ReadsOrRefuses(new GhostFormat(), json, "export.json"), Print);

    [Fact]
    public void Ghost_exports_damaged_as_text_are_read_or_refused_naming_the_file() =>
        FuzzRun.Check(Mutations.Of(Gen.OneOf(GhostFiles), Gen.Char["{}[]\":,\\0123456789nult"]), json => ReadsOrRefuses(new GhostFormat(), json, "export.json"), Print);

    [Fact]
    public void Wordpress_exports_damaged_as_text_are_read_or_refused_naming_the_file() =>
        FuzzRun.Check(Mutations.Of(Gen.OneOf(WxrFiles), Gen.Char["<>/&;![]\"'=:-0123456789wp"]), xml => ReadsOrRefuses(new WxrFormat(), xml, "export.xml"), Print);

    [Fact]
    public void Crawl_records_with_lines_damaged_are_read_or_refused_naming_the_file() =>
        FuzzRun.Check(Mutations.Lines(Gen.OneOf(CrawlFiles)), text => ReadsOrRefuses(new CrawlFormat(), text, "record.txt"), Print);

    [Fact]
    public void A_sort_order_flag_or_time_that_is_a_number_out_of_range_is_read_as_absent()
    {
        const string Export = """
            {"meta":{"version":"0.5.0"},"data":{
              "posts":[{"id":1,"title":"Odd numbers","slug":"odd-numbers","status":"published","published_at":99999999999999999,"created_at":1e308,"featured":1e309,"markdown":"x"}],
              "tags":[{"id":1,"name":"News","slug":"news"}],
              "posts_tags":[{"id":1,"post_id":1,"tag_id":1,"sort_order":1.5},{"id":2,"post_id":1,"tag_id":1,"sort_order":1e308}]}}
            """;

        var refused = Assert.Throws<ImportException>(() => ReadsOrRefuses(new GhostFormat(), Export, "odd-numbers.json", rethrow: true));

        Assert.Equal("post 1 'odd-numbers'", refused.Record);
        Assert.Equal("is published but has no valid published_at or created_at", refused.Reason);
    }

    [Theory]
    [InlineData("mobiledoc", "-1")]
    [InlineData("mobiledoc", "{\"cards\":[[\"markdown\",5]],\"sections\":[[10,0]]}")]
    [InlineData("mobiledoc", "{\"cards\":[7],\"sections\":{}}")]
    [InlineData("lexical", "{\"root\":5}")]
    [InlineData("lexical", "{\"root\":{\"children\":[3,[],{\"type\":\"text\",\"text\":\"x\",\"format\":1.5}]}}")]
    public void A_body_document_of_an_unexpected_shape_is_read_as_the_html_beside_it_or_left_out(string column, string document)
    {
        var export = new JsonObject
        {
            ["meta"] = new JsonObject { ["version"] = "5.0.0" },
            ["data"] = new JsonObject { ["posts"] = new JsonArray(new JsonObject { ["id"] = "1", ["title"] = "Odd shape", ["slug"] = "odd-shape", [column] = document }) },
        };
        var path = Path.Combine(_scratch, "odd-shape.json");
        File.WriteAllText(path, export.ToJsonString());

        var batch = new GhostFormat().Read(path);

        Assert.Equal("odd-shape", Assert.Single(batch.Articles).Item.Slug);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    /// <summary>A real export with 1 to 6 of its values (any depth: a post's html, a user's email, a whole table) replaced.</summary>
    private static Gen<string> ReplaceValues(string json) =>
        Gen.Int[0, 1 << 20].Select(HostileValues, (at, value) => (at, value)).Array[1, 6].Select(edits =>
        {
            var root = JsonNode.Parse(json)!;
            foreach (var (at, value) in edits)
            {
                var nodes = Descendants(root).ToList();
                if (nodes.Count > 0)
                {
                    var target = nodes[at % nodes.Count]!;
                    target.ReplaceWith(value?.DeepClone());
                }
            }

            return root.ToJsonString();
        });

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            yield return child;
            foreach (var below in Descendants(child))
            {
                yield return below;
            }
        }
    }

    private void ReadsOrRefuses(IImportFormat format, string text, string name, bool rethrow = false)
    {
        var path = Path.Combine(_scratch, $"{Guid.NewGuid():n}-{name}");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        try
        {
            format.Read(path);
        }
        catch (ImportException refused) when (!rethrow)
        {
            Assert.Equal(path, refused.File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Print(string text) => text.Length > 3000 ? text[..3000] + $"… ({text.Length} characters)" : text;
}
