using Marquee.Content;
using Marquee.Import;

namespace Marquee.Tests.Import;

/// <summary>
/// Every WXR file of the shared corpus through the real runner on a fresh database: what each one imports and leaves out,
/// or why it is refused with the database unchanged; and the bad files a WordPress export must never get past (decision 0050).
/// </summary>
public sealed class WxrImportTests : IAsyncLifetime
{
    public static readonly string Corpus = Path.Combine(Repository.Corpus, "wxr");

    /// <summary>Each corpus file and what importing it does: records created and reported, or the reason it is refused.</summary>
    public static readonly TheoryData<string, string> Outcomes = new()
    {
        { "a11y-unit-test-data.xml", "48 articles, 17 pages, 2 authors, 97 tags, 82 reported" },
        { "authors-multiline.xml", "1 articles, 0 pages, 3 authors, 0 tags, 1 reported" },
        { "backslashes.xml", "1 articles, 0 pages, 0 authors, 0 tags, 1 reported" },
        { "blank-lines.xml", "1 articles, 0 pages, 0 authors, 0 tags, 1 reported" },
        { "cdata-edge.xml", "1 articles, 0 pages, 0 authors, 0 tags, 1 reported" },
        { "chunked-meta.xml", "1 articles, 0 pages, 0 authors, 0 tags, 1 reported" },
        { "crazy-cdata-escaped.xml", "1 articles, 0 pages, 1 authors, 0 tags, 0 reported" },
        { "crazy-cdata.xml", "refused: line 18, position 70: not well-formed XML: ']]>' is not allowed in character data" },
        { "e2e-wxr-simple.xml", "1 articles, 0 pages, 1 authors, 0 tags, 1 reported" },
        { "ghost-migrate/co-authors-plus.xml", "4 articles, 0 pages, 3 authors, 1 tags, 0 reported" },
        { "ghost-migrate/feature-image-captions.xml", "3 articles, 0 pages, 1 authors, 0 tags, 2 reported" },
        { "ghost-migrate/has-audio-enclosure-with-libsyn-embed.xml", "1 articles, 0 pages, 1 authors, 0 tags, 0 reported" },
        { "ghost-migrate/has-audio-enclosure.xml", "1 articles, 0 pages, 1 authors, 0 tags, 0 reported" },
        { "ghost-migrate/has-meta.xml", "0 articles, 0 pages, 2 authors, 1 tags, 1 reported" },
        { "ghost-migrate/has-yoast-meta.xml", "2 articles, 0 pages, 1 authors, 0 tags, 0 reported" },
        { "ghost-migrate/multiple-attachments-only.xml", "refused: line 11, position 106: not well-formed XML: '=' is an unexpected token. The expected token is ';'" },
        { "ghost-migrate/multiple-pages-only.xml", "0 articles, 1 pages, 1 authors, 0 tags, 0 reported" },
        { "ghost-migrate/multiple-posts-only.xml", "3 articles, 0 pages, 2 authors, 3 tags, 3 reported" },
        { "ghost-migrate/sample-no-slug.xml", "refused: line 109, position 106: not well-formed XML: '=' is an unexpected token. The expected token is ';'" },
        { "ghost-migrate/sample-with-alt.xml", "1 articles, 0 pages, 1 authors, 2 tags, 1 reported" },
        { "ghost-migrate/sample.xml", "refused: line 109, position 106: not well-formed XML: '=' is an unexpected token. The expected token is ';'" },
        { "invalid-version-tag.xml", "refused: wp:wxr_version: 'abc' is not a WXR version Marquee reads (1.0, 1.1 or 1.2)" },
        { "large-authors.xml", "0 articles, 0 pages, 300 authors, 0 tags, 0 reported" },
        { "malformed-simple.xml", "refused: line 14, position 1: not well-formed XML: Unexpected end of file has occurred. The following elements are not closed: item, channel, rss" },
        { "malformed.xml", "refused: line 90, position 3: not well-formed XML: The 'notachanneltag' start tag on line 27 position 2 does not match the end tag of 'channel'" },
        { "missing-tags.xml", "1 articles, 0 pages, 0 authors, 0 tags, 1 reported" },
        { "missing-version-tag.xml", "refused: not a WordPress export: its channel has no wp:wxr_version (WXR 1.0, 1.1 or 1.2)" },
        { "multiple-cdata.xml", "1 articles, 0 pages, 0 authors, 0 tags, 1 reported" },
        { "namespace-edge-cases.xml", "6 articles, 0 pages, 2 authors, 2 tags, 5 reported" },
        { "post-content-blank-lines.xml", "1 articles, 0 pages, 1 authors, 0 tags, 0 reported" },
        { "slashes.xml", "1 articles, 0 pages, 2 authors, 2 tags, 1 reported" },
        { "small-export.xml", "6 articles, 5 pages, 3 authors, 32 tags, 3 reported" },
        { "term-formats.xml", "0 articles, 0 pages, 0 authors, 5 tags, 2 reported" },
        { "term-meta.xml", "0 articles, 0 pages, 0 authors, 1 tags, 0 reported" },
        { "test-serialized-comment-meta.xml", "1 articles, 0 pages, 1 authors, 0 tags, 3 reported" },
        { "test-serialized-postmeta-no-cdata.xml", "1 articles, 0 pages, 1 authors, 0 tags, 2 reported" },
        { "test-serialized-postmeta-with-cdata.xml", "1 articles, 0 pages, 1 authors, 0 tags, 2 reported" },
        { "test-serialized-term-meta.xml", "1 articles, 0 pages, 1 authors, 2 tags, 2 reported" },
        { "test-utw-post-meta-import.xml", "1 articles, 0 pages, 1 authors, 0 tags, 2 reported" },
        { "theme-test-data/64-block-test-data.xml", "61 articles, 1 pages, 2 authors, 10 tags, 12 reported" },
        { "theme-test-data/theme-preview.xml", "7 articles, 0 pages, 1 authors, 8 tags, 10 reported" },
        { "theme-test-data/themeunittestdata.wordpress.xml", "58 articles, 21 pages, 2 authors, 180 tags, 109 reported" },
        { "theme-unit-test-data.xml", "58 articles, 21 pages, 2 authors, 180 tags, 109 reported" },
        { "valid-wxr-1.0.xml", "3 articles, 3 pages, 1 authors, 8 tags, 2 reported" },
        { "valid-wxr-1.1.xml", "1 articles, 1 pages, 1 authors, 2 tags, 2 reported" },
        { "wxr-base-url-rewriting.xml", "1 articles, 0 pages, 1 authors, 0 tags, 1 reported" },
        { "wxr-comprehensive.xml", "1 articles, 1 pages, 2 authors, 4 tags, 1 reported" },
        { "wxr-css-urls.xml", "1 articles, 0 pages, 1 authors, 0 tags, 1 reported" },
        { "wxr-flat-attachment-different-site.xml", "1 articles, 0 pages, 1 authors, 0 tags, 0 reported" },
        { "wxr-flat-attachment-same-site.xml", "1 articles, 0 pages, 1 authors, 0 tags, 0 reported" },
        { "wxr-simple.xml", "1 articles, 0 pages, 1 authors, 0 tags, 1 reported" },
        { "wxr-utf-8-challenges.xml", "1 articles, 0 pages, 1 authors, 1 tags, 0 reported" },
        { "wxr-with-sub-data.xml", "1 articles, 0 pages, 1 authors, 1 tags, 3 reported" },
    };

    /// <summary>Articles of WordPress's Theme Unit Test, their fields worked out from the XML by hand: status, time, headline, byline, tags, image.</summary>
    public static readonly TheoryData<string, string> ThemeUnitTest = new()
    {
        { "template-sticky", "Published 2012-01-07T14:07:21Z | Template: Sticky | by themedemos | tagged classic, sticky-2, template | image none" },
        { "scheduled", "Published 2030-01-01T19:00:18Z | Scheduled | by themedemos | tagged unpublished, classic, content-2 | image none" },
        { "template-featured-image-horizontal", "Published 2012-03-15T22:15:12Z | Template: Featured Image (Horizontal) | by themedemos | tagged classic, template-2, codex, edge-case, featured-image, image, template | image https://wpthemetestdata.files.wordpress.com/2013/03/featured-image-horizontal.jpg alt 'Horizontal Featured Image' credit 'Uncredited (imported from WordPress)'" },
        { "template-password-protected", "Unpublished none | Template: Password Protected (the password is \"enter\") | by themedemos | tagged classic, template-2, password-2, template | image none" },
    };

    private readonly MarqueeServer _server = new();
    private readonly ScratchFolder _scratch = new("marquee-wxr-");

    public ValueTask InitializeAsync() => _server.InitializeAsync();

    [Fact]
    public void Every_WXR_file_in_the_corpus_has_an_expected_outcome()
    {
        var files = Directory.EnumerateFiles(Corpus, "*.xml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, Outcomes.Select(row => row.Data.Item1).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Each_corpus_file_imports_whole_or_is_refused_leaving_the_database_unchanged(string file, string expected)
    {
        var path = Path.Combine(Corpus, file);
        var before = _server.Database.Fingerprint();

        string outcome;
        try
        {
            var counts = await ImportAsync(path);
            outcome = $"{counts.Get("articles", SaveOutcome.Created)} articles, {counts.Get("pages", SaveOutcome.Created)} pages, "
                + $"{counts.Get("authors", SaveOutcome.Created)} authors, {counts.Get("tags", SaveOutcome.Created)} tags, {counts.Skipped.Count} reported";
        }
        catch (ImportException refused)
        {
            Assert.StartsWith(path + ": ", refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', refused.Message);
            Assert.Equal(before, _server.Database.Fingerprint());
            outcome = "refused: " + refused.Message[(path.Length + 2)..];
        }

        Assert.Equal(expected, outcome);
    }

    [Theory]
    [MemberData(nameof(ThemeUnitTest))]
    public async Task The_theme_unit_test_keeps_status_time_byline_sections_first_and_the_featured_image(string slug, string expected)
    {
        await ImportAsync(Path.Combine(Corpus, "theme-unit-test-data.xml"));

        var article = await TestContent.LoadAsync(_server, slug);

        var time = article.PublishedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) ?? "none";
        var image = article.Image is { } i ? $"{i.Url} alt '{i.Alt}' credit '{i.Credit}'" : "none";
        Assert.Equal(expected, $"{article.Status} {time} | {article.Headline} | by {string.Join(", ", article.Authors.Select(a => a.Slug))} | "
            + $"tagged {string.Join(", ", article.Tags.Select(t => t.Slug))} | image {image}");
    }

    [Theory]
    [InlineData("theme-unit-test-data.xml")]
    [InlineData("ghost-migrate/co-authors-plus.xml")]
    public async Task Importing_an_export_twice_changes_nothing_the_second_time(string file)
    {
        var first = await ImportAsync(Path.Combine(Corpus, file));
        var before = _server.Database.Fingerprint();

        var again = await ImportAsync(Path.Combine(Corpus, file));

        Assert.Equal(0, again.Changed);
        Assert.Equal(first.Skipped, again.Skipped);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><title>&lol2;</title></channel></rss>""",
        "has a DTD (<!DOCTYPE>), which WordPress never writes; refused, as its entities could expand without bound (billion laughs) or read other files (XXE)")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]><rss><channel><title>&secret;</title></channel></rss>""",
        "has a DTD (<!DOCTYPE>), which WordPress never writes; refused, as its entities could expand without bound (billion laughs) or read other files (XXE)")]
    [InlineData("""<rss><channel><wp:wxr_version xmlns:wp="http://wordpress.org/export/1.2/">1.2</wp:wxr_version><item><title>Cut""",
        "line 1, position 111: not well-formed XML: Unexpected end of file has occurred. The following elements are not closed: title, item, channel, rss")]
    [InlineData("""<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title></feed>""", "not a WordPress export: the root element is <feed>, not <rss>")]
    [InlineData("""<rss><channel><title>Plain RSS</title><item><title>News</title></item></channel></rss>""",
        "not a WordPress export: its channel has no wp:wxr_version (WXR 1.0, 1.1 or 1.2)")]
    [InlineData("""<rss><channel><wp:wxr_version xmlns:wp="http://wordpress.org/export/2.0/">2.0</wp:wxr_version></channel></rss>""",
        "wp:wxr_version: its namespace is WXR 2.0; Marquee reads WXR 1.0, 1.1 and 1.2")]
    [InlineData("""<rss><channel><wp:wxr_version xmlns:wp="http://wordpress.org/export/1.2/">1.9</wp:wxr_version></channel></rss>""",
        "wp:wxr_version: '1.9' is not a WXR version Marquee reads (1.0, 1.1 or 1.2)")]
    public async Task A_hostile_or_foreign_file_is_refused_with_file_place_and_reason_and_changes_nothing(string xml, string reason)
    {
        await ImportAsync(await _scratch.WriteAsync(WxrFile.Of(WxrFile.Post()), "first.xml"));
        var file = await _scratch.WriteAsync(xml, "bad.xml");
        var before = _server.Database.Fingerprint();

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(file));

        Assert.Equal($"{file}: {reason}", error.Message);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Theory]
    [InlineData("", "post 11 'post-11': has no title and no text to make a headline from")]
    [InlineData("<wp:post_date_gmt>2017-13-45 99:00:00</wp:post_date_gmt>", "post 11 'second': wp:post_date_gmt '2017-13-45 99:00:00' is not a date (yyyy-mm-dd hh:mm:ss)")]
    [InlineData("<wp:status>archived</wp:status>", "post 11 'second': status 'archived' is not publish, future, draft, pending, private or trash")]
    public async Task A_bad_record_refuses_the_whole_file_naming_it_and_changes_nothing(string field, string reason)
    {
        var second = field.Length == 0
            ? WxrFile.Post(title: " ", slug: "", content: " ", id: 11)
            : $"<item><title>Second</title><wp:post_id>11</wp:post_id><wp:post_name>second</wp:post_name><wp:post_type>post</wp:post_type>{field}<wp:status>draft</wp:status></item>";
        var file = await _scratch.WriteAsync(WxrFile.Of(WxrFile.Post() + second), "bad.xml");
        var before = _server.Database.Fingerprint();

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(file));

        Assert.Equal($"{file}: {reason}", error.Message);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task Scripts_and_handlers_in_a_post_are_sanitised_like_every_body()
    {
        var file = await _scratch.WriteAsync(WxrFile.Of(WxrFile.Post(content: """<p onclick="steal()">Hi</p><script>steal()</script><a href="javascript:steal()">x</a>""")), "export.xml");

        await ImportAsync(file);

        var body = (await HtmlPage.GetAsync(_server.Client, "/news/pink-wins")).QuerySelector("article .body")!.InnerHtml;
        Assert.Contains("Hi", body, StringComparison.Ordinal);
        Assert.DoesNotContain("steal", body, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _scratch.Dispose();
    }

    private Task<ImportCounts> ImportAsync(string path) =>
        _server.Services.GetRequiredService<ImportRunner>().ImportAsync(path, "wxr", progress: null, TestContext.Current.CancellationToken);
}
