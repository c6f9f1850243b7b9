using Marquee.Content.Articles;
using Marquee.Import;
using Marquee.Storage;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Import;

/// <summary>The crawl importer on the seed page, on other sites' pages and on malformed records, through the real runner and a real SQLite file.</summary>
public sealed class CrawlImportTests(MarqueeServer server) : IClassFixture<MarqueeServer>, IDisposable
{
    private const string SeedSlug = "pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears";
    private static readonly string SeedFile = Path.Combine(Repository.Corpus, "crawl", "000_ad9000b7151e503e.txt");
    private static readonly string Records = Path.Combine(AppContext.BaseDirectory, "Import", "CrawlRecords");
    private readonly string _scratch = Directory.CreateTempSubdirectory("marquee-crawl-").FullName;

    [Fact]
    public async Task The_seed_page_comes_back_as_a_clean_article()
    {
        await ImportAsync(Path.Combine(Repository.Corpus, "crawl"));

        var article = await LoadAsync(SeedSlug);
        Assert.Equal("Pink and Kelly Clarkson's Opening Performance at the 2017 American Music Awards Will Leave You in Tears", article.Headline);
        Assert.Equal(new DateTime(2017, 11, 19, 0, 0, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(["Mike Vulpo"], article.Authors.Select(a => a.Name));
        Assert.Equal(
            ["2017 American Music Awards", "Pink", "Kelly Clarkson", "Music", "Entertainment", "Apple News", "Top Stories"],
            article.Tags.Select(t => t.Name));
        Assert.Equal(("Musicians Performing Live on Stage", "Pink, Kelly Clarkson, American Music Awards 2017, AMAs", "Kevin Winter/Getty Images"),
            (article.Image!.Caption, article.Image.Alt, article.Image.Credit));

        var paragraphs = Paragraphs(article.BodyHtml);
        Assert.Equal(11, paragraphs.Count);
        Assert.Equal("What a powerful way to start an award show...", paragraphs[0]);
        Assert.StartsWith("\"I love Kelly Clarkson,\" Pink shared", paragraphs[5], StringComparison.Ordinal);
        Assert.Equal("Wait, maybe Andy deserves some credit for making this happen tonight?", paragraphs[8]);
        Assert.EndsWith("Also be sure to watch E! News Monday at 7 & 11 p.m. for all things AMAs!", paragraphs[^1], StringComparison.Ordinal);
        foreach (var chrome in new[] { "Share", "Tweet", "Latest News", "BTS Brings Down", "Today's Hot Photos", "Kevin Winter", "TAGS", "Sweepstakes", "News Tip", "Your source for", "Privacy Policy", "©" })
        {
            Assert.DoesNotContain(chrome, article.BodyHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Another_sites_page_loses_its_navigation_rail_adverts_share_bar_and_footer()
    {
        await ImportAsync(Path.Combine(Records, "gossip-site-related-rail.txt"));

        var article = await LoadAsync("stars-who-stole-the-show-at-the-oscars-afterparty");
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors.Select(a => a.Name));
        Assert.Equal(["Oscars", "Red Carpet", "Parties"], article.Tags.Select(t => t.Name));
        Assert.Equal(("Stars Dancing at the Afterparty", "Jane Star, John Actor, Oscars 2024, Afterparty", "AP Photo/Chris Pizzello"),
            (article.Image!.Caption, article.Image.Alt, article.Image.Credit));
        Assert.Equal(
            [
                "The afterparty was where the real show began, and nobody wanted it to end.",
                "Guests arrived just after midnight, many still in the gowns they wore on the red carpet.",
                "By two o'clock the dance floor belonged to the night's winners, trophies in hand.",
                "What the party served:",
                "A source close to the hosts said the party will be back next year \"bigger than ever.\"",
            ],
            Paragraphs(article.BodyHtml));
        Assert.Equal(3, HtmlPage.Parse(article.BodyHtml).QuerySelectorAll("ul > li").Length);
        foreach (var chrome in new[] { "Advertisement", "Who Wore It Best", "Biggest Snubs", "Facebook", "About Us", "Example Gossip Media", "March 10" })
        {
            Assert.DoesNotContain(chrome, article.BodyHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_article_without_a_tags_line_ends_at_the_footer_link_list()
    {
        await ImportAsync(Path.Combine(Records, "tv-blog-footer-links.txt"));

        var article = await LoadAsync("the-season-finale-everyone-is-talking-about");
        Assert.Equal(["Sam Writer"], article.Authors.Select(a => a.Name));
        Assert.Empty(article.Tags);
        Assert.Null(article.Image);
        Assert.Equal(
            [
                "Nobody saw that ending coming, least of all the cast.",
                "The finale answered two seasons of questions in its last ten minutes, then asked a new one.",
                "\"We kept the final pages away from everyone,\" the showrunner said.",
            ],
            Paragraphs(article.BodyHtml));
    }

    [Fact]
    public async Task Importing_the_same_record_twice_changes_nothing_the_second_time()
    {
        var file = Write("again.txt", "date 2022-05-05 Twice Is Nice\n\nby Ann Other |\n\nThe same record, imported two times, is one article.\n");

        var first = await ImportAsync(file);
        var before = server.Database.Fingerprint();
        var second = await ImportAsync(file);

        Assert.Equal(1, first.Get("articles", Marquee.Content.SaveOutcome.Created));
        Assert.Equal(0, second.Changed);
        Assert.Equal(1, second.Get("articles", Marquee.Content.SaveOutcome.Unchanged));
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task Script_in_a_crawled_page_is_shown_as_text_never_run()
    {
        var file = Write("xss.txt", "date 2022-05-06 Payload <script>alert(1)</script> Story\n\nShe wrote <script>alert('x')</script> and <img src=x onerror=alert(1)> in her post today.\n");

        await ImportAsync(file);

        var page = await HtmlPage.GetAsync(server.Client, "/news/payload-script-alert-1-script-story");
        Assert.Empty(page.QuerySelectorAll("article script, article img[onerror]"));
        Assert.Contains("<script>alert('x')</script>", page.Text("article .body"), StringComparison.Ordinal);
        Assert.Contains("Payload <script>alert(1)</script> Story", page.Text("h1"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-header.txt", "Just some text\n\nwith no first line.\n", "line 1: expected 'date YYYY-MM-DD headline'")]
    [InlineData("bad-date.txt", "date 2017-13-45 A Headline\n\nA paragraph that would be fine on its own.\n", "line 1: '2017-13-45' is not a date")]
    [InlineData("no-headline.txt", "date 2017-11-19 \n\nA paragraph that would be fine on its own.\n", "line 1: expected 'date YYYY-MM-DD headline'")]
    [InlineData("chrome-only.txt", "date 2017-11-19 Only Chrome Here\n  • Share\n  • Tweet\nLatest News\n", "'Only Chrome Here': no article text found after the first line")]
    [InlineData("empty.txt", "", "line 1: expected 'date YYYY-MM-DD headline'")]
    [InlineData("binary.txt", "date 2017-11-19 Binary\0\0\u0001", "binary data, not a crawl record's text")]
    public async Task A_malformed_record_fails_naming_file_and_record_and_changes_nothing(string name, string content, string reason)
    {
        await ImportAsync(Write("good.txt", "date 2021-01-01 Already Here\n\nThis article was imported before the bad one arrived.\n"));
        var file = Write(name, content);
        var before = server.Database.Fingerprint();

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(file, "crawl"));

        Assert.Equal($"{file}: {reason}", error.Message);
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task A_folder_with_one_bad_record_imports_none_of_it()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_scratch, "folder")).FullName;
        File.WriteAllText(Path.Combine(folder, "1-good.txt"), "date 2021-02-02 A Good One\n\nA perfectly ordinary first paragraph of a story.\n");
        File.WriteAllText(Path.Combine(folder, "2-bad.txt"), "date 2021-02-31 A Bad One\n\nFebruary never has a thirty-first day in it.\n");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "Not a crawl record: skipped when a folder is imported.\n");
        var before = server.Database.Fingerprint();

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(folder));

        Assert.EndsWith("2-bad.txt", error.File, StringComparison.Ordinal);
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task An_oversized_file_is_refused_before_it_is_read()
    {
        var file = Path.Combine(_scratch, "huge.txt");
        await using (var stream = File.Create(file))
        {
            await stream.WriteAsync("date 2020-01-01 Huge\n\n"u8.ToArray(), TestContext.Current.CancellationToken);
            stream.SetLength(5 * 1024 * 1024);
        }

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(file, "crawl"));

        Assert.Contains("larger than 4 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_byline_on_an_imported_page_keeps_the_authors_profile()
    {
        var slug = await new TestContent(server).AuthorAsync("Pat Profile", bio: "Covers the red carpet.");
        var name = await server.WriteAsync((s, ct) => s.GetRequiredService<MarqueeDbContext>().Authors.Where(a => a.Slug == slug).Select(a => a.Name).SingleAsync(ct));
        var file = Write("profile.txt", $"date 2022-06-01 Profile Kept\n\nby {name}\n\nThe byline names an author who already has a profile.\n");

        await ImportAsync(file);

        var bio = await server.WriteAsync((s, ct) => s.GetRequiredService<MarqueeDbContext>().Authors.Where(a => a.Name == name).Select(a => a.Bio).ToListAsync(ct));
        Assert.Contains("Covers the red carpet.", bio);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private Task<ImportCounts> ImportAsync(string path, string? format = null) =>
        server.Services.GetRequiredService<ImportRunner>().ImportAsync(path, format, progress: null, TestContext.Current.CancellationToken);

    private Task<ArticleDetail> LoadAsync(string slug) => TestContent.LoadAsync(server, slug);

    private string Write(string name, string content)
    {
        var file = Path.Combine(_scratch, name);
        File.WriteAllText(file, content);
        return file;
    }

    private static List<string> Paragraphs(string html) =>
        HtmlPage.Parse(html).QuerySelectorAll("p").Select(p => p.TextContent).ToList();
}
