namespace Marquee.Tests.Import;

/// <summary>What an imported Ghost post does on the site, through the real runner on a fresh Marquee: inert scripts, hidden internal tags, old slugs redirecting.</summary>
public sealed class GhostImportedPageTests : IAsyncLifetime
{
    private readonly GhostHarness _ghost = new();

    public ValueTask InitializeAsync() => new(_ghost.StartAsync());

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

    [Fact]
    public async Task Ghosts_internal_hash_tags_are_skipped_reported_and_never_shown()
    {
        var file = await _ghost.WriteAsync("""
            {"meta":{},"data":{
              "posts":[{"id":"p1","title":"Tagged","slug":"tagged","status":"published","published_at":"2020-01-01T00:00:00Z","html":"<p>x</p>"}],
              "tags":[{"id":"t1","name":"#wide-layout","slug":"hash-wide-layout"},{"id":"t2","name":"Music","slug":"music"}],
              "posts_tags":[{"post_id":"p1","tag_id":"t1","sort_order":0},{"post_id":"p1","tag_id":"t2","sort_order":1}]}}
            """);

        var counts = await _ghost.ImportAsync(file);

        Assert.Equal([$"{file}: tag 1 'hash-wide-layout': '#wide-layout' is a Ghost internal tag: it steers themes and is never shown to readers"], counts.Skipped);
        Assert.Equal(["music"], (await _ghost.ArticleAsync("tagged")).Tags.Select(t => t.Slug));
        using var hidden = await _ghost.Server.Client.GetAsync("/tag/hash-wide-layout", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task A_post_renamed_in_Ghost_updates_the_same_article_by_its_uuid_and_the_old_slug_redirects()
    {
        const string Export = """{"meta":{},"data":{"posts":[{"uuid":"0b0d1c8e-1111-4a4a-9b9b-000000000002","title":"Renamed","slug":"SLUG","status":"published","published_at":"2020-01-01T00:00:00Z","html":"<p>x</p>"}]}}""";
        await _ghost.ImportAsync(await _ghost.WriteAsync(Export.Replace("SLUG", "first-slug", StringComparison.Ordinal), "before.json"));

        var counts = await _ghost.ImportAsync(await _ghost.WriteAsync(Export.Replace("SLUG", "second-slug", StringComparison.Ordinal), "after.json"));

        Assert.Equal((0, 1), (counts.Get("articles", Marquee.Content.SaveOutcome.Created), counts.Get("articles", Marquee.Content.SaveOutcome.Updated)));
        using var old = await _ghost.Server.Client.GetAsync("/news/first-slug", TestContext.Current.CancellationToken);
        Assert.Equal((System.Net.HttpStatusCode.MovedPermanently, "/news/second-slug"), (old.StatusCode, old.Headers.Location?.OriginalString));
    }

    public ValueTask DisposeAsync() => _ghost.DisposeAsync();
}
