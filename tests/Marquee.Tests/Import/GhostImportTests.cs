using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Import;
using Marquee.Import.Ghost;

namespace Marquee.Tests.Import;

/// <summary>
/// Every Ghost file of the shared corpus through the real runner on a fresh SQLite file: what each one imports
/// and leaves out, or why it is refused with the database unchanged (decision 0006 says why each way).
/// </summary>
public sealed class GhostImportTests : IAsyncLifetime
{
    /// <summary>Each corpus file and what importing it does: records created and left out, or the reason it is refused.</summary>
    public static readonly TheoryData<string, string> Outcomes = new()
    {
        { "content-api-posts.json", "refused: a Ghost Content API response, not an export: export the site from Ghost Admin (Settings → Labs → Export)" },
        { "core-export-legacy/export-authors.json", "3 articles, 0 pages, 4 authors, 1 tags, 3 skipped" },
        { "core-export-legacy/export-basic-test.json", "2 articles, 0 pages, 1 authors, 1 tags, 0 skipped" },
        { "core-export-legacy/export-clients-domains.json", "0 articles, 0 pages, 0 authors, 0 tags, 0 skipped" },
        { "core-export-legacy/lts/export-000.json", "2 articles, 0 pages, 0 authors, 1 tags, 2 skipped" },
        { "core-export-legacy/lts/export-001-invalid-setting.json", "1 articles, 0 pages, 1 authors, 1 tags, 0 skipped" },
        { "core-export-legacy/lts/export-001.json", "1 articles, 0 pages, 1 authors, 1 tags, 0 skipped" },
        { "core-export-legacy/lts/export-002.json", "1 articles, 0 pages, 1 authors, 1 tags, 0 skipped" },
        { "core-export-legacy/lts/export-003-api-wrapper-bad.json", "refused: not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top, found {\"asdadas\"}" },
        { "core-export-legacy/lts/export-003-api-wrapper.json", "1 articles, 0 pages, 0 authors, 0 tags, 1 skipped" },
        { "core-export-legacy/lts/export-003-badValidation.json", "refused: tag 3 'no-title-tag': has no name" },
        { "core-export-legacy/lts/export-003-broken-tags.json", "1 articles, 0 pages, 0 authors, 0 tags, 3 skipped" },
        { "core-export-legacy/lts/export-003-dbErrors.json", "1 articles, 0 pages, 1 authors, 1 tags, 4 skipped" },
        { "core-export-legacy/lts/export-003-duplicate-posts.json", "1 articles, 0 pages, 1 authors, 1 tags, 1 skipped" },
        { "core-export-legacy/lts/export-003-duplicate-tags.json", "1 articles, 0 pages, 1 authors, 1 tags, 1 skipped" },
        { "core-export-legacy/lts/export-003-minimal.json", "1 articles, 0 pages, 0 authors, 0 tags, 0 skipped" },
        { "core-export-legacy/lts/export-003-missing-allowed-fields.json", "0 articles, 0 pages, 1 authors, 0 tags, 0 skipped" },
        { "core-export-legacy/lts/export-003-mu-multipleOwner.json", "0 articles, 0 pages, 3 authors, 0 tags, 0 skipped" },
        { "core-export-legacy/lts/export-003-mu-noOwner.json", "3 articles, 0 pages, 2 authors, 3 tags, 1 skipped" },
        { "core-export-legacy/lts/export-003-mu-unknownAuthor.json", "1 articles, 0 pages, 1 authors, 0 tags, 1 skipped" },
        { "core-export-legacy/lts/export-003-mu.json", "4 articles, 0 pages, 3 authors, 3 tags, 0 skipped" },
        { "core-export-legacy/lts/export-003-nullPosts.json", "refused: post 2: has no title" },
        { "core-export-legacy/lts/export-003-nullTags.json", "refused: tag 2: has no name" },
        { "core-export-legacy/lts/export-003-wrongUUID.json", "4 articles, 0 pages, 1 authors, 1 tags, 0 skipped" },
        { "core-export-legacy/lts/export-003.json", "1 articles, 0 pages, 1 authors, 1 tags, 0 skipped" },
        { "core-export-legacy/lts/export-004.json", "3 articles, 0 pages, 1 authors, 3 tags, 0 skipped" },
        { "core-export-legacy/lts/export-lts-legacy-fields.json", "4 articles, 1 pages, 1 authors, 1 tags, 0 skipped" },
        { "core-export-legacy/lts/export-lts-multiple-roles.json", "4 articles, 1 pages, 3 authors, 1 tags, 0 skipped" },
        { "core-export-legacy/lts/export-lts-style-bad-markdown-html.json", "5 articles, 0 pages, 1 authors, 1 tags, 0 skipped" },
        { "core-export-legacy/lts/export-lts-style-user-long-email.json", "refused: user 1 'joe-bloggs-long-email-brother': email is 201 characters long; Ghost itself refuses more than 191" },
        { "core-export-legacy/uppercase-tags.json", "1 articles, 0 pages, 1 authors, 1 tags, 0 skipped" },
        { "core-export/broken.json", "refused: not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top, found {\"asdadas\"}" },
        { "core-export/products_export.json", "1 articles, 0 pages, 0 authors, 0 tags, 0 skipped" },
        { "core-export/v2_export.json", "7 articles, 0 pages, 2 authors, 1 tags, 0 skipped" },
        { "core-export/v3_export.json", "7 articles, 0 pages, 2 authors, 1 tags, 0 skipped" },
        { "core-export/v4_export.json", "7 articles, 4 pages, 2 authors, 1 tags, 1 skipped" },
        { "core-export/valid.json", "2 articles, 0 pages, 1 authors, 1 tags, 0 skipped" },
        { "core-import/import-data-1.json", "refused: not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top, found {\"images\", \"data\"}" },
        { "core-import/import-data-lts.json", "refused: not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top, found {\"images\", \"data\"}" },
        { "ghost-export-flat.json", "1 articles, 0 pages, 0 authors, 0 tags, 0 skipped" },
        { "ghost-export.json", "3 articles, 0 pages, 2 authors, 2 tags, 0 skipped" },
    };

    /// <summary>One article of each importing file, its fields worked out from the JSON by hand: status, time, headline, byline, tags, image.</summary>
    public static readonly TheoryData<string, string, string> Articles = new()
    {
        { "core-export-legacy/export-authors.json", "themes", "Published 2017-09-01T12:29:50Z | Setting up your own Ghost theme | by joe-bloggs-mother, joe-bloggs-brother, joe-bloggs-father | tagged tag1 | image https://casper.ghost.org/v1.0.0/images/design.jpg" },
        { "core-export-legacy/export-authors.json", "advanced-markdown-2", "Published 2017-09-01T12:29:51Z | Advanced Markdown tips | by joe-bloggs-father | tagged nothing | image https://casper.ghost.org/v1.0.0/images/advanced.jpg" },
        { "core-export-legacy/export-basic-test.json", "themes", "Published 2017-09-01T12:29:50Z | Setting up your own Ghost theme | by joe-bloggs-brother | tagged tag1 | image https://casper.ghost.org/v1.0.0/images/design.jpg" },
        { "core-export-legacy/lts/export-000.json", "welcome-to-ghost", "Published 2013-12-29T11:58:30Z | Welcome to Ghost | by nobody | tagged getting-started | image none" },
        { "core-export-legacy/lts/export-001-invalid-setting.json", "welcome-to-ghost", "Published 2013-12-30T11:58:30Z | Welcome to Ghost | by joe-bloggs | tagged getting-started | image none" },
        { "core-export-legacy/lts/export-001.json", "welcome-to-ghost", "Published 2013-12-30T11:58:30Z | Welcome to Ghost | by joe-bloggs | tagged getting-started | image none" },
        { "core-export-legacy/lts/export-002.json", "welcome-to-ghost", "Published 2014-12-31T11:58:30Z | Welcome to Ghost | by joe-bloggs | tagged getting-started | image none" },
        { "core-export-legacy/lts/export-003-api-wrapper.json", "welcome-to-ghost", "Published 2013-12-29T11:58:30Z | Welcome to Ghost | by nobody | tagged nothing | image none" },
        { "core-export-legacy/lts/export-003-broken-tags.json", "welcome-to-ghost-2", "Published 2013-12-29T11:58:30Z | Welcome to Ghost | by nobody | tagged nothing | image none" },
        { "core-export-legacy/lts/export-003-dbErrors.json", "test-ghost-post", "Published 2013-12-29T11:58:30Z | Test Ghost Post | by josephine-blogs | tagged tagging-things | image none" },
        { "core-export-legacy/lts/export-003-duplicate-posts.json", "welcome-to-ghost", "Published 2013-12-29T11:58:30Z | Welcome to Ghost | by joe-bloggs | tagged getting-started | image none" },
        { "core-export-legacy/lts/export-003-duplicate-tags.json", "welcome-to-ghost", "Published 2013-12-29T11:58:30Z | Welcome to Ghost | by joe-bloggs | tagged getting-started | image none" },
        { "core-export-legacy/lts/export-003-minimal.json", "welcome-to-ghost", "Draft unscheduled | Welcome to Ghost | by nobody | tagged nothing | image none" },
        { "core-export-legacy/lts/export-003-mu-noOwner.json", "welcome-to-ghost", "Published 2013-12-29T11:58:30Z | Welcome to Ghost | by josephine-blogs | tagged getting-started | image none" },
        { "core-export-legacy/lts/export-003-mu-unknownAuthor.json", "welcome-to-ghost", "Published 2013-12-29T11:58:30Z | Welcome to Ghost | by nobody | tagged nothing | image none" },
        { "core-export-legacy/lts/export-003-mu.json", "welcome-to-ghost", "Published 2013-12-29T11:58:30Z | Welcome to Ghost | by josephine-blogs | tagged getting-started | image none" },
        { "core-export-legacy/lts/export-003-wrongUUID.json", "welcome-to-ghost", "Published 2013-12-29T11:58:30Z | Welcome to Ghost | by joe-bloggs | tagged getting-started | image none" },
        { "core-export-legacy/lts/export-003.json", "welcome-to-ghost", "Published 2013-12-29T11:58:30Z | Welcome to Ghost | by joe-bloggs | tagged getting-started | image none" },
        { "core-export-legacy/lts/export-004.json", "no-order-test", "Published 2013-02-28T23:00:00Z | has no sort order | by joe-bloggs | tagged three, two, one | image none" },
        { "core-export-legacy/lts/export-004.json", "order-test", "Published 2010-02-28T23:00:00Z | order test | by joe-bloggs | tagged one, two | image none" },
        { "core-export-legacy/lts/export-lts-legacy-fields.json", "welcome-to-this-test-import-this-post-has-a-long-title", "Draft unscheduled | Welcome to this test import. This post has a long title. | by joe-bloggs-brother | tagged tag1 | image /content/images/2017/05/post-image.jpg" },
        { "core-export-legacy/lts/export-lts-multiple-roles.json", "welcome-to-this-test-import-this-post-has-a-long-title", "Draft unscheduled | Welcome to this test import. This post has a long title. | by joe-bloggs-brother | tagged tag1 | image /content/images/2017/05/post-image.jpg" },
        { "core-export-legacy/lts/export-lts-style-bad-markdown-html.json", "scheduled-post2", "Draft 2017-08-26T10:41:00Z | Scheduled post 2 empty markdown | by joe-bloggs-brother | tagged tag1 | image none" },
        { "core-export-legacy/uppercase-tags.json", "themes", "Published 2017-09-01T12:29:50Z | Setting up your own Ghost theme | by joe-bloggs-brother | tagged tag-1 | image https://casper.ghost.org/v1.0.0/images/design.jpg" },
        { "core-export/products_export.json", "test-newsletter", "Published 2022-06-08T07:15:28Z | Test newsletter | by nobody | tagged nothing | image none" },
        { "core-export/v2_export.json", "themes", "Published 2021-03-24T05:57:56Z | Creating a custom theme | by ghost | tagged getting-started | image https://static.ghost.org/v2.0.0/images/creating-a-custom-theme.jpg" },
        { "core-export/v3_export.json", "themes", "Published 2021-03-24T00:55:47Z | Creating a custom theme | by ghost | tagged getting-started | image https://static.ghost.org/v3.0.0/images/creating-a-custom-theme.png" },
        { "core-export/v4_export.json", "integrations", "Published 2021-03-24T04:34:09Z | Setting up apps and custom integrations | by ghost | tagged getting-started | image https://static.ghost.org/v4.0.0/images/app-integrations.png" },
        { "core-export/valid.json", "themes", "Published 2017-09-01T12:29:50Z | Setting up your own Ghost theme | by joe-bloggs-brother | tagged tag1 | image https://static.ghost.org/v1.0.0/images/design.jpg" },
        { "ghost-export-flat.json", "flat-format-post", "Published 2025-01-01T00:00:00Z | Flat Format Post | by nobody | tagged nothing | image https://example.com/images/flat-feature.jpg" },
        { "ghost-export.json", "post-1", "Published 2025-01-01T00:00:00Z | Post 1 | by alice-johnson | tagged news | image https://example.com/images/feature-1.jpg" },
    };

    /// <summary>What the lenient files leave out, line by line, as the CLI prints it after the file name.</summary>
    public static readonly TheoryData<string, string[]> LeftOut = new()
    {
        {
            "core-export-legacy/export-authors.json",
            [
                "user 4 'joe-bloggs-father': user 3 has the same slug; Ghost keeps the first, and links to this one go to it",
                "posts_authors row 3: links post unknown, which is not in the file; link dropped",
                "post 3 'advanced-markdown-2': links to user 5951f5fca366002ebd5dbefff, which is not in the file; link dropped",
            ]
        },
        {
            "core-export-legacy/lts/export-000.json",
            [
                "post 1 'welcome-to-ghost': links to user 1, which is not in the file; link dropped",
                "post 2 'schedule-me': links to user 1, which is not in the file; link dropped",
            ]
        },
        {
            "core-export-legacy/lts/export-003-broken-tags.json",
            [
                "post 1 'welcome-to-ghost-2': links to user 1, which is not in the file; link dropped",
                "post 1 'welcome-to-ghost-2': links to tag 100, which is not in the file; link dropped",
                "post 1 'welcome-to-ghost-2': links to tag 200, which is not in the file; link dropped",
            ]
        },
        {
            "core-export-legacy/lts/export-003-dbErrors.json",
            [
                "tag 2 'tagging-things': tag 1 has the same slug; Ghost keeps the first, and links to this one go to it",
                "tag 3 'tagging-things': tag 1 has the same slug; Ghost keeps the first, and links to this one go to it",
                "posts_tags row 3: links post 3, which is not in the file; link dropped",
                "post 2 'test-ghost-post': post 1 has the same slug; Ghost keeps the first",
            ]
        },
        { "core-export-legacy/lts/export-003-duplicate-posts.json", ["post 2 'welcome-to-ghost': post 1 has the same slug; Ghost keeps the first"] },
        {
            "core-export-legacy/lts/export-003-duplicate-tags.json",
            ["tag 2 'getting-started': tag 1 has the same slug; Ghost keeps the first, and links to this one go to it"]
        },
        { "core-export-legacy/lts/export-003-api-wrapper.json", ["post 1 'welcome-to-ghost': links to user 2, which is not in the file; link dropped"] },
        { "core-export-legacy/lts/export-003-mu-noOwner.json", ["post 3 'shiny-happy-bloggers': links to user 1, which is not in the file; link dropped"] },
        { "core-export-legacy/lts/export-003-mu-unknownAuthor.json", ["post 1 'welcome-to-ghost': links to user 2, which is not in the file; link dropped"] },
    };

    private readonly GhostHarness _ghost = new();

    public ValueTask InitializeAsync() => new(_ghost.StartAsync());

    [Fact]
    public void Every_Ghost_file_in_the_corpus_has_an_expected_outcome()
    {
        var files = Directory.EnumerateFiles(GhostHarness.Corpus, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(GhostHarness.Corpus, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, Outcomes.Select(row => row.Data.Item1).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Each_corpus_file_imports_whole_or_is_refused_leaving_the_database_unchanged(string file, string expected)
    {
        var path = Path.Combine(GhostHarness.Corpus, file);
        var before = _ghost.Fingerprint();

        string outcome;
        try
        {
            var counts = await _ghost.ImportAsync(path);
            outcome = $"{counts.Get("articles", SaveOutcome.Created)} articles, {counts.Get("pages", SaveOutcome.Created)} pages, "
                + $"{counts.Get("authors", SaveOutcome.Created)} authors, {counts.Get("tags", SaveOutcome.Created)} tags, {counts.Skipped.Count} skipped";
        }
        catch (ImportException refused)
        {
            Assert.StartsWith(path + ": ", refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', refused.Message);
            Assert.Equal(before, _ghost.Fingerprint());
            outcome = "refused: " + refused.Message[(path.Length + 2)..];
        }

        Assert.Equal(expected, outcome);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Each_importing_file_keeps_status_time_headline_byline_tags_and_image(string file, string slug, string expected)
    {
        await _ghost.ImportCorpusAsync(file);

        var article = await _ghost.ArticleAsync(slug);

        var time = article.PublishedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) ?? "unscheduled";
        Assert.Equal(expected, $"{article.Status} {time} | {article.Headline} | by {Listed(article.Authors.Select(a => a.Slug), "nobody")} | "
            + $"tagged {Listed(article.Tags.Select(t => t.Slug), "nothing")} | image {article.Image?.Url ?? "none"}");
    }

    [Theory]
    [MemberData(nameof(LeftOut))]
    public async Task What_Ghost_itself_would_skip_is_skipped_and_reported_line_by_line(string file, string[] expected)
    {
        var path = Path.Combine(GhostHarness.Corpus, file);

        var counts = await _ghost.ImportAsync(path);

        Assert.Equal(expected.Select(line => $"{path}: {line}"), counts.Skipped);
    }

    [Fact]
    public async Task A_Ghost_4_export_keeps_pages_image_credits_and_renders_its_html()
    {
        await _ghost.ImportCorpusAsync("core-export/v4_export.json");

        var article = await _ghost.ArticleAsync("welcome");
        Assert.Equal("Start here for a quick overview of everything you need to know", article.Headline);
        Assert.Equal(GhostPosts.Uncredited, article.Image!.Credit);
        var page = await HtmlPage.GetAsync(_ghost.Server.Client, "/news/welcome");
        Assert.NotEmpty(page.QuerySelectorAll("article .body p"));
        Assert.DoesNotContain("&lt;p&gt;", page.QuerySelector("article .body")!.InnerHtml, StringComparison.Ordinal);
        // The placeholder credit is the newsroom's to-do: kept on the photo, never printed for readers.
        Assert.DoesNotContain("Uncredited", page.Body!.TextContent, StringComparison.Ordinal);
        using var paid = await _ghost.Server.Client.GetAsync("/news/sell", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, paid.StatusCode);
        var about = await HtmlPage.GetAsync(_ghost.Server.Client, "/p/about");
        Assert.Equal("About this site", about.Text("h1"));
    }

    [Fact]
    public async Task Upper_case_slugs_are_made_marquee_slugs()
    {
        await _ghost.ImportCorpusAsync("core-export-legacy/uppercase-tags.json");

        var tag = await HtmlPage.GetAsync(_ghost.Server.Client, "/tag/tag-1");
        Assert.Equal("tag1", tag.Text("h1"));
    }

    [Theory]
    [InlineData("core-export/v4_export.json", 7, 4, 1)]
    [InlineData("core-export-legacy/lts/export-003-dbErrors.json", 1, 0, 4)]
    public async Task Importing_an_export_twice_changes_nothing_the_second_time(string file, int articles, int pages, int skipped)
    {
        await _ghost.ImportCorpusAsync(file);
        var before = _ghost.Fingerprint();

        var again = await _ghost.ImportCorpusAsync(file);

        Assert.Equal(0, again.Changed);
        Assert.Equal((articles, pages, skipped), (again.Get("articles", SaveOutcome.Unchanged), again.Get("pages", SaveOutcome.Unchanged), again.Skipped.Count));
        Assert.Equal(before, _ghost.Fingerprint());
    }

    [Theory]
    [InlineData("{\"db\":[{\"meta\":{\"version\":\"4.1.0\"},\"data\":{\"posts\":[{\"id\":\"1\",\"title\":\"Cut", "not valid JSON (line 1, position 75): Expected end of string, but instead reached end of data")]
    [InlineData("", "not valid JSON (line 1, position 1)")]
    [InlineData("[1, 2, 3]", "not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top")]
    [InlineData("{\"meta\":{},\"data\":{\"posts\":{\"id\":1}}}", "table 'posts': is not a list of rows")]
    [InlineData("{\"meta\":{},\"data\":{\"posts\":[{\"title\":\"Odd\",\"status\":\"archived\"}]}}", "post 1 'odd': status 'archived' is not published, draft, scheduled or sent")]
    [InlineData("{\"meta\":{},\"data\":{\"posts\":[{\"title\":\"No Time\",\"status\":\"published\",\"published_at\":\"not a date\"}]}}", "post 1 'no-time': is published but has no valid published_at or created_at")]
    [InlineData("{\"meta\":{},\"data\":{\"posts\":[{\"title\":\"!!!\"}]}}", "post 1: '!!!' has no letters or digits to make a slug from")]
    [InlineData("{\"meta\":{},\"data\":{\"posts\":[{\"slug\":\"hello-world\",\"title\":\"  \"}]}}", "post 1 'hello-world': has no title")]
    public async Task A_broken_export_is_refused_with_file_record_and_reason_and_changes_nothing(string json, string reason)
    {
        await _ghost.ImportCorpusAsync("core-export/valid.json");
        var file = await _ghost.WriteAsync(json);
        var before = _ghost.Fingerprint();

        var error = await Assert.ThrowsAsync<ImportException>(() => _ghost.ImportAsync(file));

        Assert.StartsWith($"{file}: {reason}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(before, _ghost.Fingerprint());
    }

    [Fact]
    public async Task A_posts_slug_taken_by_an_article_from_elsewhere_refuses_the_whole_file()
    {
        await new TestContent(_ghost.Server).SaveAsync(new ArticleInput { Slug = "welcome", Headline = "Ours", SourceKey = "test:ours" });
        var before = _ghost.Fingerprint();
        var file = Path.Combine(GhostHarness.Corpus, "core-export", "v4_export.json");

        var error = await Assert.ThrowsAsync<ImportException>(() => _ghost.ImportAsync(file));

        Assert.Equal($"{file}: post 7 'welcome': slug 'welcome' is already used by another article", error.Message);
        Assert.Equal(before, _ghost.Fingerprint());
    }

    public ValueTask DisposeAsync() => _ghost.DisposeAsync();

    private static string Listed(IEnumerable<string> slugs, string none) => string.Join(", ", slugs.DefaultIfEmpty(none));
}
