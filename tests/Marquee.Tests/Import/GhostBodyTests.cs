using System.Text.Json;
using Marquee.Content.Body;
using Marquee.Import;
using Marquee.Import.Ghost;
using Marquee.Platform.Security;

namespace Marquee.Tests.Import;

/// <summary>
/// Ghost bodies as Marquee Markdown, rendered by the real <see cref="BodyRenderer"/>: Markdown kept as written,
/// HTML kept as Ghost rendered it (one HTML block, blank lines and all) but for links to the Ghost site and embedded
/// frames, Lexical and plain text carried over.
/// </summary>
public sealed class GhostBodyTests : IDisposable
{
    private readonly ScratchFolder _scratch = new("marquee-ghost-body-");

    [Theory]
    [InlineData("core-export/v2_export.json", 7)]
    [InlineData("core-export/v3_export.json", 7)]
    [InlineData("core-export/v4_export.json", 11)]
    [InlineData("core-export/products_export.json", 1)]
    [InlineData("core-export-legacy/lts/export-lts-style-bad-markdown-html.json", 2)]
    [InlineData("ghost-export.json", 2)]
    [InlineData("ghost-export-flat.json", 1)]
    public void Ghost_html_renders_exactly_as_Ghosts_own_html_sanitised(string file, int htmlBodies)
    {
        var path = Path.Combine(GhostHarness.Corpus, file);
        var ghostHtml = GhostPosts(path).Where(p => p.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.GetProperty("slug").GetString()!, p => p.GetProperty("html").GetString()!);
        var batch = new GhostFormat().Read(path);

        var rendered = batch.Articles.Select(a => (a.Item.Slug, a.Item.BodyMarkdown)).Concat(batch.Pages.Select(p => (p.Item.Slug, p.Item.BodyMarkdown)))
            .Where(body => ghostHtml.ContainsKey(body.Slug) && body.BodyMarkdown.StartsWith('<'))
            .Select(body => (body.Slug, Ours: Rendered(body.BodyMarkdown), Theirs: HtmlPolicy.Sanitize(ghostHtml[body.Slug]).Trim()))
            .ToList();

        Assert.Equal(htmlBodies, rendered.Count);
        // Links to the Ghost site and embedded frames are rewritten on purpose (tests below); everything else is Ghost's own.
        Assert.All(rendered.Where(body => !ghostHtml[body.Slug].Contains("__GHOST_URL__", StringComparison.Ordinal) && !ghostHtml[body.Slug].Contains("<iframe", StringComparison.Ordinal)),
            body => Assert.Equal(body.Theirs, body.Ours));
    }

    [Fact]
    public void Links_to_the_ghost_site_point_at_the_imported_story_or_page_here_and_other_site_paths_stay_paths()
    {
        var batch = new GhostFormat().Read(Path.Combine(GhostHarness.Corpus, "core-export", "v4_export.json"));
        var hrefs = batch.Articles.Select(a => a.Item.BodyMarkdown).Concat(batch.Pages.Select(p => p.Item.BodyMarkdown))
            .SelectMany(body => HtmlPage.Parse(BodyRenderer.ToHtml(body)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            .ToList();

        Assert.DoesNotContain(hrefs, href => href.Contains("__GHOST_URL__", StringComparison.Ordinal));
        Assert.Equal(["/news/design", "/news/grow", "/news/integrations", "/news/portal", "/news/sell", "/news/welcome", "/news/write"],
            hrefs.Where(href => href.StartsWith('/')).Distinct().Order());
    }

    [Theory]
    [InlineData("<p>See <a href=\"__GHOST_URL__/about/#team\">us</a>, <a href=\"__GHOST_URL__/tag/news/\">news</a> and <a href=\"__GHOST_URL__\">home</a>.</p>",
        "<p>See <a href=\"/p/about#team\">us</a>, <a href=\"/tag/news/\">news</a> and <a href=\"/\">home</a>.</p>")]
    [InlineData("<figure class=\"kg-card kg-embed-card\"><iframe src=\"https://www.youtube.com/embed/hmH3XMlms8E?feature=oembed\"></iframe></figure>",
        "<figure class=\"kg-card kg-embed-card\"><p><a href=\"https://www.youtube.com/watch?v=hmH3XMlms8E\">Watch on YouTube</a></p></figure>")]
    [InlineData("<p>Clip:</p><iframe src=\"//player.vimeo.com/video/76979871\"></iframe><iframe src=\"javascript:alert(1)\"></iframe>",
        "<p>Clip:</p><p><a href=\"https://vimeo.com/76979871\">Watch on Vimeo</a></p>")]
    [InlineData("<iframe src=\"https://maps.example.com/embed?q=x\"></iframe>",
        "<p><a href=\"https://maps.example.com/embed?q=x\">Open on maps.example.com</a></p>")]
    [InlineData("<img src=\"/content/images/a.jpg\" alt=\"A\"><p>Text.</p>", "<div>\n<img src=\"/content/images/a.jpg\" alt=\"A\"><p>Text.</p>\n</div>")]
    public async Task Site_links_and_embedded_frames_become_paths_here_and_links_out(string ghostHtml, string expected)
    {
        var file = await _scratch.WriteAsync($$$"""{"meta":{"version":"5.0.0"},"data":{"posts":[{"title":"Links","slug":"links","status":"draft","html":{{{JsonSerializer.Serialize(ghostHtml)}}}},{"title":"About","slug":"about","type":"page","status":"published","html":"<p>About.</p>"}]}}""");

        var batch = new GhostFormat().Read(file);

        Assert.Equal(expected, Rendered(batch.Articles.Single().Item.BodyMarkdown));
    }

    [Fact]
    public void A_code_block_keeps_its_blank_lines()
    {
        var batch = new GhostFormat().Read(Path.Combine(GhostHarness.Corpus, "core-export", "v4_export.json"));

        var design = batch.Articles.Single(a => a.Item.Slug == "design").Item;

        var code = HtmlPage.Parse(BodyRenderer.ToHtml(design.BodyMarkdown)).QuerySelector("pre code")!.TextContent;
        Assert.StartsWith("{{#post}}\n<article class=\"article {{post_class}}\">\n\n    <h1>{{title}}</h1>\n    \n    {{#if feature_image}}", code, StringComparison.Ordinal);
        Assert.EndsWith("    {{content}}\n\n</article>\n{{/post}}", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_from_Ghost_0x_and_1x_is_kept_as_the_writers_markdown()
    {
        var valid = Path.Combine(GhostHarness.Corpus, "core-export", "valid.json");
        var mobiledoc = GhostPosts(valid).Single(p => p.GetProperty("slug").GetString() == "themes").GetProperty("mobiledoc").GetString()!;
        using var card = JsonDocument.Parse(mobiledoc);

        var legacy = new GhostFormat().Read(Path.Combine(GhostHarness.Corpus, "core-export-legacy", "lts", "export-003.json"));
        var themes = new GhostFormat().Read(valid).Articles.Single(a => a.Item.Slug == "themes").Item;

        Assert.Equal("You're live! Nice.", legacy.Articles.Single().Item.BodyMarkdown);
        Assert.Equal(card.RootElement.GetProperty("cards")[0][1].GetProperty("markdown").GetString(), themes.BodyMarkdown);
        Assert.StartsWith("Creating a totally custom design for your publication\n\nGhost comes with", themes.BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Ghost_5_lexical_body_without_html_keeps_its_image()
    {
        var batch = new GhostFormat().Read(Path.Combine(GhostHarness.Corpus, "ghost-export.json"));

        var lexical = batch.Articles.Single(a => a.Item.Slug == "post-3-lexical").Item;

        Assert.Contains("<figure><img src=\"https://example.com/images/lexical-image.jpg\" alt=\"\"></figure>", BodyRenderer.ToHtml(lexical.BodyMarkdown), StringComparison.Ordinal);
        Assert.Empty(batch.Skipped);
    }

    [Fact]
    public async Task Lexical_text_blocks_and_cards_become_html_and_unknown_cards_are_reported()
    {
        var lexical = JsonSerializer.Serialize(JsonSerializer.Serialize(new
        {
            root = new
            {
                type = "root",
                children = new object[]
                {
                    new { type = "heading", tag = "h3", children = new[] { new { type = "text", text = "Red carpet", format = 0 } } },
                    new
                    {
                        type = "paragraph",
                        children = new object[]
                        {
                            new { type = "text", text = "Pink <wins>", format = 3 },
                            new { type = "link", url = "https://example.com/?a=1&b=2", children = new[] { new { type = "text", text = "link", format = 0 } } },
                        },
                    },
                    new { type = "list", listType = "number", children = new[] { new { type = "listitem", children = new[] { new { type = "text", text = "one", format = 16 } } } } },
                    new { type = "codeblock", code = "a\n\n<b>", language = "html" },
                    new { type = "gallery", images = Array.Empty<object>() },
                },
            },
        }));
        var file = await WritePostAsync($"\"lexical\":{lexical}");

        var batch = new GhostFormat().Read(file);

        Assert.Equal(
            "<h3>Red carpet</h3>\n<p><strong><em>Pink &lt;wins&gt;</em></strong><a href=\"https://example.com/?a=1&amp;b=2\">link</a></p>\n"
            + "<ol><li><code>one</code></li>\n</ol>\n<pre><code>a\n\n&lt;b&gt;</code></pre>",
            Rendered(batch.Articles.Single().Item.BodyMarkdown));
        Assert.Equal([new ImportSkip("post 1 'body'", "its Ghost 'gallery' card has no Marquee equivalent yet; left out of the body")], batch.Skipped);
    }

    [Fact]
    public async Task Plain_text_is_kept_as_words_never_as_markup()
    {
        var file = await WritePostAsync("\"plaintext\":\"1. *Pink* <b>wins</b>\\n\\n# not a heading\"");

        var body = new GhostFormat().Read(file).Articles.Single().Item.BodyMarkdown;

        Assert.Equal("<p>1. *Pink* &lt;b&gt;wins&lt;/b&gt;</p>\n<p># not a heading</p>", BodyRenderer.ToHtml(body).Trim());
    }

    [Fact]
    public async Task A_mobiledoc_without_html_is_reported_not_silently_emptied()
    {
        var file = await WritePostAsync("\"mobiledoc\":\"{\\\"cards\\\":[[\\\"gallery\\\",{}]],\\\"sections\\\":[[10,0]]}\"");

        var batch = new GhostFormat().Read(file);

        Assert.Equal("", batch.Articles.Single().Item.BodyMarkdown);
        Assert.Equal([new ImportSkip("post 1 'body'", "its mobiledoc body has no html rendered beside it; body left empty")], batch.Skipped);
    }

    public void Dispose() => _scratch.Dispose();

    /// <summary>A one-post Ghost 5 export whose post has the given body fields (JSON members).</summary>
    private Task<string> WritePostAsync(string bodyFields) =>
        _scratch.WriteAsync($"{{\"meta\":{{\"version\":\"5.0.0\"}},\"data\":{{\"posts\":[{{\"title\":\"Body\",\"slug\":\"body\",\"status\":\"draft\",{bodyFields}}}]}}}}");

    private static string Rendered(string markdown) => HtmlPage.Parse(BodyRenderer.ToHtml(markdown)).Body!.InnerHtml.Trim();

    private static List<JsonElement> GhostPosts(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement.TryGetProperty("db", out var db) ? db[0] : document.RootElement;
        return root.GetProperty("data").GetProperty("posts").EnumerateArray().Select(p => p.Clone()).ToList();
    }
}
