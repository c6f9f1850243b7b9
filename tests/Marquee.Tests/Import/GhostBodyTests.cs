using System.Text.Json;
using Marquee.Content.Body;
using Marquee.Import;
using Marquee.Import.Ghost;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Import;

/// <summary>
/// Ghost bodies as Marquee Markdown, rendered by the real <see cref="BodyRenderer"/>: Markdown kept as written,
/// HTML sanitised, plain text carried over as words.
/// </summary>
public sealed class GhostBodyTests : IAsyncLifetime
{
    private readonly GhostHarness _ghost = new();

    public ValueTask InitializeAsync() => new(_ghost.StartAsync());

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

    [Fact]
    public async Task Script_in_a_Ghost_posts_html_renders_inert_on_the_article_page()
    {
        const string Html = "<p>Hi</p><script>alert(1)</script><img src=x onerror=alert(2)><a href=\\\"javascript:alert(3)\\\">x</a><svg onload=alert(4)></svg>";
        var file = await _ghost.WriteAsync($"{{\"meta\":{{}},\"data\":{{\"posts\":[{{\"title\":\"Payload\",\"slug\":\"ghost-payload\",\"status\":\"published\",\"published_at\":\"2020-01-01T00:00:00Z\",\"html\":\"{Html}\"}}]}}}}");

        await _ghost.ImportAsync(file);

        var page = await HtmlPage.GetAsync(_ghost.Server.Client, "/news/ghost-payload");
        var body = page.QuerySelector("article .body")!;
        Assert.Equal("Hi", body.QuerySelector("p")?.TextContent);
        Assert.Empty(body.QuerySelectorAll("script, svg, [onerror], [onload], a[href^='javascript']"));
    }

    public ValueTask DisposeAsync() => _ghost.DisposeAsync();

    /// <summary>A one-post Ghost 5 export whose post has the given body fields (JSON members).</summary>
    private Task<string> WritePostAsync(string bodyFields) =>
        _ghost.WriteAsync($"{{\"meta\":{{\"version\":\"5.0.0\"}},\"data\":{{\"posts\":[{{\"title\":\"Body\",\"slug\":\"body\",\"status\":\"draft\",{bodyFields}}}]}}}}");

    private static List<JsonElement> GhostPosts(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement.TryGetProperty("db", out var db) ? db[0] : document.RootElement;
        return root.GetProperty("data").GetProperty("posts").EnumerateArray().Select(p => p.Clone()).ToList();
    }
}
