using Marquee.Import;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Import;

/// <summary>Crawl records through the real runner and a real SQLite file: imported again unchanged, scripts shown as text, malformed records refused whole, profiles kept (what a record yields: CrawlExtractionTests).</summary>
public sealed class CrawlImportTests(MarqueeServer server) : IClassFixture<MarqueeServer>, IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("marquee-crawl-").FullName;

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
    public async Task Skipping_refused_files_imports_the_rest_and_names_each_refused_one()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_scratch, "crawl")).FullName;
        File.WriteAllText(Path.Combine(folder, "1-good.txt"), "date 2021-03-03 First Good One\n\nA perfectly ordinary first paragraph of a story.\n");
        var menu = Path.Combine(folder, "2-menu.txt");
        File.WriteAllText(menu, "date 2021-03-03 Site Map\n  • Home\n  • News\n  • Photos\n  • Videos\nAbout Us | Contact | Careers\n");
        var badDate = Path.Combine(folder, "3-bad-date.txt");
        File.WriteAllText(badDate, "date 2021-02-31 A Bad One\n\nFebruary never has a thirty-first day in it.\n");
        File.WriteAllText(Path.Combine(folder, "4-good.txt"), "date 2021-03-04 Second Good One\n\nAnother perfectly ordinary paragraph, after the refused ones.\n");

        var counts = await server.Services.GetRequiredService<ImportRunner>().ImportAsync(folder, null, skipRefused: true, progress: null, TestContext.Current.CancellationToken);

        Assert.Equal(2, counts.Get("articles", Marquee.Content.SaveOutcome.Created));
        Assert.Equal([$"{menu}: 'Site Map': no article text found after the first line", $"{badDate}: line 1: '2021-02-31' is not a date"], counts.Refused);
        Assert.EndsWith("; 2 file(s) refused", counts.ToString(), StringComparison.Ordinal);
        Assert.Contains("after the refused ones", (await HtmlPage.GetAsync(server.Client, "/news/second-good-one")).Text("article .body"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await server.Client.GetAsync("/news/site-map", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_japanese_page_is_imported_under_a_slug_made_from_its_date()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Import", "CrawlBench", "85439e26c41c75901820d01a13e8cea7836abb58635ea3986f71a163ab0311d3.txt");
        var slug = new Marquee.Import.Crawl.CrawlFormat().Read(file).Articles.Single().Item.Slug;

        await ImportAsync(file);

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{slug}");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}-[0-9a-f]{12}$", slug);
        Assert.Equal("商品の改造が商標法違反に！？ - 特許業務法人ライトハウス国際特許事務所", page.Text("h1"));
        Assert.Contains("商標", page.Text("article .body"), StringComparison.Ordinal);
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

    private string Write(string name, string content)
    {
        var file = Path.Combine(_scratch, name);
        File.WriteAllText(file, content);
        return file;
    }

}
