using Marquee.Content;
using Marquee.Import;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Import;

/// <summary>Saved web pages through the real runner and a real SQLite file: real news pages from Mozilla Readability's tests, and hostile hand-made ones.</summary>
public sealed class HtmlImportTests(MarqueeServer server) : IClassFixture<MarqueeServer>, IDisposable
{
    private static readonly string Pages = Path.Combine(Repository.Corpus, "readability");

    private readonly ScratchFolder _scratch = new("marquee-html-");

    [Fact]
    public async Task A_news_page_becomes_a_story_with_the_headline_byline_date_and_body_it_declares()
    {
        var counts = await ImportAsync(Path.Combine(Pages, "guardian-1", "source.html"));

        var page = await HtmlPage.GetAsync(server.Client, "/news/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings-eleanor-ainge-roy");
        Assert.Equal(1, counts.Get("articles", SaveOutcome.Created));
        Assert.StartsWith("'What is the sea telling us?': Māori tribes fearful over whale strandings", page.Text("h1"), StringComparison.Ordinal);
        Assert.Contains("Eleanor Ainge Roy", page.Text("article"), StringComparison.Ordinal);
        Assert.StartsWith("2019-01-03T07:00:02", page.QuerySelector("article time[datetime]")?.GetAttribute("datetime"), StringComparison.Ordinal);
        Assert.Contains("whale", page.Text("article .body"), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("article .body script, article .body [onclick], article .body iframe"));
    }

    [Fact]
    public async Task Importing_the_same_page_twice_changes_nothing_the_second_time()
    {
        var file = Path.Combine(Pages, "bbc-1", "source.html");
        await ImportAsync(file);
        var before = server.Database.Fingerprint();

        var second = await ImportAsync(file);

        Assert.Equal(0, second.Changed);
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task Script_and_handlers_in_a_page_never_reach_readers()
    {
        var file = await _scratch.WriteAsync(Page("Payload Page", "2021-05-05T10:00:00Z", $"<p>Before the payload. {Words(30)}</p><script>alert(1)</script><p><img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">click</a> After it. {Words(30)}</p>"), "payload.html");

        await ImportAsync(file);

        var page = await HtmlPage.GetAsync(server.Client, "/news/payload-page");
        Assert.Contains("After it.", page.Text("article .body"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("article script, article [onerror], article a[href^='javascript']"));
    }

    [Fact]
    public async Task A_page_without_a_date_is_imported_as_a_draft_and_says_so()
    {
        var file = await _scratch.WriteAsync(Page("Undated Page", null, $"<p>{Words(60)}</p>"), "undated.html");

        var counts = await ImportAsync(file);

        Assert.Equal([$"{file}: 'Undated Page': the page gives no publication date; imported as a draft"], counts.Skipped);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await server.Client.GetAsync("/news/undated-page", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData("menu.html", "<html><head><title>Site Map</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav></body></html>", "no article found: fewer than 40 words of body text")]
    [InlineData("binary.html", "<html>\0\0\u0001\u0002", "binary data, not an HTML page")]
    [InlineData("empty.html", "", "no article found: fewer than 40 words of body text")]
    public async Task A_page_that_is_not_an_article_is_refused_naming_the_file_and_nothing_changes(string name, string content, string reason)
    {
        var file = await _scratch.WriteAsync(content, name);
        var before = server.Database.Fingerprint();

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(file, "html"));

        Assert.Equal($"{file}: {reason}", error.Message);
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task An_oversized_page_is_refused_before_it_is_read()
    {
        var file = await _scratch.WriteAsync("<html><body>", "huge.html");
        await using (var stream = File.OpenWrite(file))
        {
            stream.SetLength(17 * 1024 * 1024);
        }

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(file, "html"));

        Assert.EndsWith("larger than 16 MB; a web page is a few MB at most", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_in_a_russian_script_gets_a_stable_slug_and_its_authors_keep_their_names()
    {
        var file = await _scratch.WriteAsync(Page("Новости дня", "2020-02-02T08:00:00Z", $"<p>{Words(60)}</p>", author: "Лида Буслаева"), "ru.html");

        var batch = new Marquee.Import.Html.HtmlFormat().Read(file);
        await ImportAsync(file);

        var slug = batch.Articles.Single().Item.Slug;
        Assert.Matches("^page-[0-9a-f]{12}$", slug);
        Assert.Equal(slug, new Marquee.Import.Html.HtmlFormat().Read(file).Articles.Single().Item.Slug);
        Assert.Contains("Лида Буслаева", (await HtmlPage.GetAsync(server.Client, $"/news/{slug}")).Text("article"), StringComparison.Ordinal);
    }

    public void Dispose() => _scratch.Dispose();

    private Task<ImportCounts> ImportAsync(string path, string? format = null) =>
        server.Services.GetRequiredService<ImportRunner>().ImportAsync(path, format, progress: null, TestContext.Current.CancellationToken);

    private static string Page(string headline, string? published, string body, string author = "Ann Writer") =>
        $"""
        <!doctype html><html><head><title>{headline} | Example News</title>
        <meta property="og:title" content="{headline}"><meta name="author" content="{author}">
        {(published is null ? "" : $"<meta property=\"article:published_time\" content=\"{published}\">")}
        </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>{headline}</h1>{body}</article><footer>© Example News</footer></body></html>
        """;

    private static string Words(int count) => string.Join(' ', Enumerable.Range(1, count).Select(i => $"word{i}")) + ".";
}
