using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Import;
using Marquee.Import.Ghost;
using Marquee.Storage;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Import;

/// <summary>Every Ghost file of the shared corpus through the real runner on a fresh SQLite file: what each one imports, or why it is refused.</summary>
public sealed class GhostImportTests : IDisposable
{
    private static readonly string Ghost = Path.Combine(Repository.Corpus, "ghost");

    /// <summary>Each corpus file and what importing it does: (articles, pages, authors, tags) created, or the reason it is refused.</summary>
    public static readonly TheoryData<string, string> Outcomes = new()
    {
        { "content-api-posts.json", "refused: a Ghost Content API response, not an export: export the site from Ghost Admin (Settings → Labs → Export)" },
        { "core-export-legacy/export-authors.json", "3 articles, 0 pages, 4 authors, 1 tags" },
        { "core-export-legacy/export-basic-test.json", "2 articles, 0 pages, 1 authors, 1 tags" },
        { "core-export-legacy/export-clients-domains.json", "0 articles, 0 pages, 0 authors, 0 tags" },
        { "core-export-legacy/lts/export-000.json", "2 articles, 0 pages, 0 authors, 1 tags" },
        { "core-export-legacy/lts/export-001-invalid-setting.json", "1 articles, 0 pages, 1 authors, 1 tags" },
        { "core-export-legacy/lts/export-001.json", "1 articles, 0 pages, 1 authors, 1 tags" },
        { "core-export-legacy/lts/export-002.json", "1 articles, 0 pages, 1 authors, 1 tags" },
        { "core-export-legacy/lts/export-003-api-wrapper-bad.json", "refused: not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top, found {\"asdadas\"}" },
        { "core-export-legacy/lts/export-003-api-wrapper.json", "1 articles, 0 pages, 0 authors, 0 tags" },
        { "core-export-legacy/lts/export-003-badValidation.json", "refused: tag 3: has no name" },
        { "core-export-legacy/lts/export-003-broken-tags.json", "1 articles, 0 pages, 0 authors, 0 tags" },
        { "core-export-legacy/lts/export-003-dbErrors.json", "refused: tag 3: slug 'tagging-things' is also used by a different tag earlier in the file" },
        { "core-export-legacy/lts/export-003-duplicate-posts.json", "refused: post 2 'welcome-to-ghost': slug 'welcome-to-ghost' is also used by post 1" },
        { "core-export-legacy/lts/export-003-duplicate-tags.json", "1 articles, 0 pages, 1 authors, 1 tags" },
        { "core-export-legacy/lts/export-003-minimal.json", "1 articles, 0 pages, 0 authors, 0 tags" },
        { "core-export-legacy/lts/export-003-missing-allowed-fields.json", "0 articles, 0 pages, 1 authors, 0 tags" },
        { "core-export-legacy/lts/export-003-mu-multipleOwner.json", "0 articles, 0 pages, 3 authors, 0 tags" },
        { "core-export-legacy/lts/export-003-mu-noOwner.json", "3 articles, 0 pages, 2 authors, 3 tags" },
        { "core-export-legacy/lts/export-003-mu-unknownAuthor.json", "1 articles, 0 pages, 1 authors, 0 tags" },
        { "core-export-legacy/lts/export-003-mu.json", "4 articles, 0 pages, 3 authors, 3 tags" },
        { "core-export-legacy/lts/export-003-nullPosts.json", "refused: post 2: has no title" },
        { "core-export-legacy/lts/export-003-nullTags.json", "refused: tag 2: has no name" },
        { "core-export-legacy/lts/export-003-wrongUUID.json", "4 articles, 0 pages, 1 authors, 1 tags" },
        { "core-export-legacy/lts/export-003.json", "1 articles, 0 pages, 1 authors, 1 tags" },
        { "core-export-legacy/lts/export-004.json", "3 articles, 0 pages, 1 authors, 3 tags" },
        { "core-export-legacy/lts/export-lts-legacy-fields.json", "4 articles, 1 pages, 1 authors, 1 tags" },
        { "core-export-legacy/lts/export-lts-multiple-roles.json", "4 articles, 1 pages, 3 authors, 1 tags" },
        { "core-export-legacy/lts/export-lts-style-bad-markdown-html.json", "5 articles, 0 pages, 1 authors, 1 tags" },
        { "core-export-legacy/lts/export-lts-style-user-long-email.json", "0 articles, 0 pages, 1 authors, 0 tags" },
        { "core-export-legacy/uppercase-tags.json", "1 articles, 0 pages, 1 authors, 1 tags" },
        { "core-export/broken.json", "refused: not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top, found {\"asdadas\"}" },
        { "core-export/products_export.json", "1 articles, 0 pages, 0 authors, 0 tags" },
        { "core-export/v2_export.json", "7 articles, 0 pages, 2 authors, 1 tags" },
        { "core-export/v3_export.json", "7 articles, 0 pages, 2 authors, 1 tags" },
        { "core-export/v4_export.json", "7 articles, 4 pages, 2 authors, 1 tags" },
        { "core-export/valid.json", "2 articles, 0 pages, 1 authors, 1 tags" },
        { "core-import/import-data-1.json", "refused: not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top, found {\"images\", \"data\"}" },
        { "core-import/import-data-lts.json", "refused: not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top, found {\"images\", \"data\"}" },
        { "ghost-export-flat.json", "1 articles, 0 pages, 0 authors, 0 tags" },
        { "ghost-export.json", "3 articles, 0 pages, 2 authors, 2 tags" },
    };

    private readonly MarqueeServer _server = new();
    private readonly string _scratch = Directory.CreateTempSubdirectory("marquee-ghost-").FullName;

    [Fact]
    public void Every_Ghost_file_in_the_corpus_has_an_expected_outcome()
    {
        var files = Directory.EnumerateFiles(Ghost, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Ghost, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, Outcomes.Select(row => row.Data.Item1).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Each_corpus_file_imports_whole_or_is_refused_leaving_the_database_unchanged(string file, string expected)
    {
        await StartAsync();
        var path = Path.Combine(Ghost, file);
        var before = DatabaseFingerprint.Of(_server.DataPath);

        string outcome;
        try
        {
            var counts = await ImportAsync(path);
            outcome = $"{counts.Get("articles", SaveOutcome.Created)} articles, {counts.Get("pages", SaveOutcome.Created)} pages, "
                + $"{counts.Get("authors", SaveOutcome.Created)} authors, {counts.Get("tags", SaveOutcome.Created)} tags";
        }
        catch (ImportException refused)
        {
            Assert.StartsWith(path + ": ", refused.Message, StringComparison.Ordinal);
            Assert.Equal(before, DatabaseFingerprint.Of(_server.DataPath));
            outcome = "refused: " + refused.Message[(path.Length + 2)..];
        }

        Assert.Equal(expected, outcome);
    }

    [Fact]
    public async Task A_Ghost_4_export_keeps_titles_bylines_images_pages_and_renders_its_html()
    {
        await StartAsync();
        await ImportAsync(Path.Combine(Ghost, "core-export", "v4_export.json"));

        var article = await FindAsync("welcome");
        Assert.Equal("Start here for a quick overview of everything you need to know", article.Headline);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(["Ghost"], article.Authors.Select(a => a.Name));
        Assert.Equal(("https://static.ghost.org/v4.0.0/images/welcome-to-ghost.png", GhostPosts.Uncredited), (article.Image!.Url, article.Image.Credit));
        Assert.Contains("<p>", article.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;p&gt;", article.BodyHtml, StringComparison.Ordinal);
        var about = await HtmlPage.GetAsync(_server.Client, "/p/about");
        Assert.Equal("About this site", about.Text("h1"));
    }

    [Fact]
    public async Task Bylines_and_tags_keep_Ghosts_order_and_drop_links_to_nothing()
    {
        await StartAsync();
        await ImportAsync(Path.Combine(Ghost, "core-export-legacy", "export-authors.json"));
        await ImportAsync(Path.Combine(Ghost, "core-export-legacy", "lts", "export-004.json"));

        Assert.Equal(["joe-bloggs-mother", "joe-bloggs-brother", "joe-bloggs-father"], (await FindAsync("themes")).Authors.Select(a => a.Slug));
        Assert.Equal(["joe-bloggs-father"], (await FindAsync("advanced-markdown-2")).Authors.Select(a => a.Slug));
        Assert.Equal(["one", "two"], (await FindAsync("order-test")).Tags.Select(t => t.Slug));
        Assert.Equal(["three", "two", "one"], (await FindAsync("no-order-test")).Tags.Select(t => t.Slug));
    }

    [Fact]
    public async Task Markdown_from_Ghost_0x_and_1x_is_kept_as_the_writers_markdown()
    {
        await StartAsync();
        await ImportAsync(Path.Combine(Ghost, "core-export", "valid.json"));
        await ImportAsync(Path.Combine(Ghost, "core-export-legacy", "lts", "export-003.json"));

        var markdown = await _server.WriteAsync((s, ct) => s.GetRequiredService<MarqueeDbContext>().Articles
            .Where(a => a.Slug == "welcome-to-ghost" || a.Slug == "themes").Select(a => a.BodyMarkdown).ToListAsync(ct));
        Assert.Equal(2, markdown.Count);
        Assert.All(markdown, body => Assert.DoesNotContain("<div class=\"imported\">", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upper_case_slugs_are_made_marquee_slugs()
    {
        await StartAsync();
        await ImportAsync(Path.Combine(Ghost, "core-export-legacy", "uppercase-tags.json"));

        var tag = await HtmlPage.GetAsync(_server.Client, "/tag/tag-1");
        Assert.Equal("tag1", tag.Text("h1"));
    }

    [Fact]
    public async Task Importing_an_export_twice_changes_nothing_the_second_time()
    {
        await StartAsync();
        var file = Path.Combine(Ghost, "core-export", "v4_export.json");
        await ImportAsync(file);
        var before = DatabaseFingerprint.Of(_server.DataPath);

        var again = await ImportAsync(file);

        Assert.Equal(0, again.Changed);
        Assert.Equal((7, 4), (again.Get("articles", SaveOutcome.Unchanged), again.Get("pages", SaveOutcome.Unchanged)));
        Assert.Equal(before, DatabaseFingerprint.Of(_server.DataPath));
    }

    [Theory]
    [InlineData("{\"db\":[{\"meta\":{\"version\":\"4.1.0\"},\"data\":{\"posts\":[{\"id\":\"1\",\"title\":\"Cut", "not valid JSON (line 1, position 75): Expected end of string, but instead reached end of data")]
    [InlineData("", "not valid JSON (line 1, position 1)")]
    [InlineData("[1, 2, 3]", "not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top")]
    [InlineData("{\"meta\":{},\"data\":{\"posts\":{\"id\":1}}}", "table 'posts': is not a list of rows")]
    [InlineData("{\"meta\":{},\"data\":{\"posts\":[{\"title\":\"Odd\",\"status\":\"archived\"}]}}", "post 1 'odd': status 'archived' is not published, draft or scheduled")]
    [InlineData("{\"meta\":{},\"data\":{\"posts\":[{\"title\":\"No Time\",\"status\":\"published\",\"published_at\":\"not a date\"}]}}", "post 1 'no-time': is published but has no valid published_at or created_at")]
    [InlineData("{\"meta\":{},\"data\":{\"posts\":[{\"title\":\"!!!\"}]}}", "post 1: '!!!' has no letters or digits to make a slug from")]
    public async Task A_broken_export_is_refused_with_file_record_and_reason_and_changes_nothing(string json, string reason)
    {
        await StartAsync();
        await ImportAsync(Path.Combine(Ghost, "core-export", "valid.json"));
        var file = Path.Combine(_scratch, "broken.json");
        await File.WriteAllTextAsync(file, json, TestContext.Current.CancellationToken);
        var before = DatabaseFingerprint.Of(_server.DataPath);

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(file));

        Assert.StartsWith($"{file}: {reason}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(before, DatabaseFingerprint.Of(_server.DataPath));
    }

    [Fact]
    public async Task A_posts_slug_taken_by_an_article_from_elsewhere_refuses_the_whole_file()
    {
        await StartAsync();
        await new TestContent(_server).SaveAsync(new ArticleInput { Slug = "welcome", Headline = "Ours", SourceKey = "test:ours" });
        var before = DatabaseFingerprint.Of(_server.DataPath);
        var file = Path.Combine(Ghost, "core-export", "v4_export.json");

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(file));

        Assert.Equal($"{file}: post 7 'welcome': slug 'welcome' is already used by another article", error.Message);
        Assert.Equal(before, DatabaseFingerprint.Of(_server.DataPath));
    }

    [Fact]
    public async Task Script_in_a_Ghost_posts_html_renders_inert()
    {
        await StartAsync();
        var file = Path.Combine(_scratch, "xss.json");
        const string Html = "<p>Hi</p><script>alert(1)</script><img src=x onerror=alert(2)><a href=\\\"javascript:alert(3)\\\">x</a><svg onload=alert(4)></svg>";
        await File.WriteAllTextAsync(file, $"{{\"meta\":{{}},\"data\":{{\"posts\":[{{\"title\":\"Payload\",\"slug\":\"ghost-payload\",\"status\":\"published\",\"published_at\":\"2020-01-01T00:00:00Z\",\"html\":\"{Html}\"}}]}}}}", TestContext.Current.CancellationToken);

        await ImportAsync(file);

        var page = await HtmlPage.GetAsync(_server.Client, "/news/ghost-payload");
        var body = page.QuerySelector("article .body")!;
        Assert.Equal("Hi", body.QuerySelector("p")?.TextContent);
        Assert.Empty(body.QuerySelectorAll("script, svg, [onerror], [onload], a[href^='javascript']"));
    }

    public void Dispose()
    {
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_scratch, recursive: true);
    }

    /// <summary>A database of its own per test: "created" counts and "unchanged" fingerprints mean nothing on a shared one.</summary>
    private async Task StartAsync() => await _server.InitializeAsync();

    private Task<ImportCounts> ImportAsync(string path) =>
        _server.Services.GetRequiredService<ImportRunner>().ImportAsync(path, "ghost", progress: null, TestContext.Current.CancellationToken);

    private async Task<ArticleDetail> FindAsync(string slug)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleQueries>().FindBySlugAsync(slug, TestContext.Current.CancellationToken)
            ?? throw new Xunit.Sdk.XunitException($"no article '{slug}'");
    }
}
