using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Marquee.Content.Articles;
using Marquee.Content.Tags;

namespace Marquee.Tests.Distribution;

/// <summary>The sitemap index, monthly article sitemaps, tag, author and news sitemaps and robots.txt, read back by an independent parser.</summary>
public sealed class SitemapTests(SitemapServer fixture) : IClassFixture<SitemapServer>
{
    private readonly MarqueeServer _server = fixture.Server;
    private readonly TestContent _content = new(fixture.Server);

    [Fact]
    public async Task A_month_is_split_into_numbered_files_of_the_configured_size_and_the_index_lists_each_with_lastmod()
    {
        var slugs = new List<string>();
        for (var day = 1; day <= 5; day++)
        {
            var published = new DateTime(2003, 3, day, 12, 0, 0, DateTimeKind.Utc);
            slugs.Add((await _content.ArticleAsync($"March Story {day}", configure: a => a with { PublishedAt = published })).Slug);
        }

        var index = await ParseAsync("/sitemap.xml");
        var parts = new[] { "/sitemap-articles-2003-03.xml", "/sitemap-articles-2003-03-2.xml", "/sitemap-articles-2003-03-3.xml" };
        var files = await Task.WhenAll(parts.Select(ParseAsync));

        Assert.Equal("sitemapindex", index.GetProperty("root").GetString());
        Assert.All(parts, part => Assert.NotNull(Lastmod(Entry(index, Absolute(part)))));
        Assert.Equal([2, 2, 1], files.Select(f => f.GetProperty("entries").GetArrayLength()));
        Assert.Equal(slugs.Select(Url).Order(), files.SelectMany(Locs).Order());
        foreach (var missing in new[] { "/sitemap-articles-2003-03-4.xml", "/sitemap-articles-2003-03-1.xml", "/sitemap-articles-2003-13.xml", "/sitemap-articles-1999-01.xml" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync(missing, TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    [Fact]
    public async Task An_article_is_in_the_sitemap_of_its_month_with_its_last_change_and_its_photo_with_the_credit()
    {
        var article = await _content.ArticleAsync("Photo Story", configure: a => a with
        {
            PublishedAt = new DateTime(2004, 6, 15, 9, 30, 0, DateTimeKind.Utc),
            FeatureImage = new FeatureImage("/demo/amas-stage.svg", "A stage", "The stage at night", "Jane Photographer/Example Agency"),
        });
        var saved = await TestContent.LoadAsync(_server, article.Slug);

        var entry = Entry(await ParseAsync("/sitemap-articles-2004-06.xml"), Url(article.Slug));
        var image = Assert.Single(entry.GetProperty("images").EnumerateArray());

        Assert.Equal(Truncate(saved.ModifiedAt), Lastmod(entry));
        Assert.Equal(new Uri(_server.BaseAddress, "/demo/amas-stage.svg").ToString(), image.GetProperty("loc").GetString());
        Assert.Equal("The stage at night (Photo: Jane Photographer/Example Agency)", image.GetProperty("caption").GetString());
        Assert.Equal("A stage", image.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_news_sitemap_holds_a_story_of_today_and_not_one_of_three_days_ago()
    {
        var today = await _content.ArticleAsync("Breaking Today");
        var old = await _content.ArticleAsync("Old News", configure: a => a with { PublishedAt = DateTime.UtcNow.AddDays(-3) });

        var news = await ParseAsync("/sitemap-news.xml");
        var story = Entry(news, Url(today.Slug)).GetProperty("news");

        Assert.DoesNotContain(Url(old.Slug), Locs(news));
        Assert.Equal("Marquee", story.GetProperty("name").GetString());
        Assert.Equal("en", story.GetProperty("language").GetString());
        Assert.Equal(today.Headline, story.GetProperty("title").GetString());
        Assert.Equal(Truncate(today.PublishedAt!.Value), DateTime.Parse(story.GetProperty("date").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
    }

    [Fact]
    public async Task Tag_section_and_author_sitemaps_list_those_with_a_published_story_and_drafts_are_in_no_sitemap()
    {
        var tag = await _content.TagAsync("Mapped Topic");
        var section = await _content.TagAsync("Mapped Section", TagKind.Section);
        var author = await _content.AuthorAsync("Mapped Writer");
        var hiddenTag = await _content.TagAsync("Draft Only Topic");
        var hiddenAuthor = await _content.AuthorAsync("Draft Only Writer");
        await _content.ArticleAsync("Mapped Story", [author], [section, tag]);
        var draft = await _content.ArticleAsync("Draft Story", [hiddenAuthor], [hiddenTag], a => a with { Status = ArticleStatus.Draft });
        var pulled = await _content.ArticleAsync("Pulled Story", configure: a => a with { Status = ArticleStatus.Unpublished });

        var tags = Locs(await ParseAsync("/sitemap-tags.xml"));
        var authors = Locs(await ParseAsync("/sitemap-authors.xml"));
        var articles = await AllArticleLocsAsync();
        var news = Locs(await ParseAsync("/sitemap-news.xml"));

        Assert.Contains(Absolute($"/tag/{tag}"), tags);
        Assert.Contains(Absolute($"/section/{section}"), tags);
        Assert.DoesNotContain(Absolute($"/tag/{hiddenTag}"), tags);
        Assert.Contains(Absolute($"/author/{author}"), authors);
        Assert.DoesNotContain(Absolute($"/author/{hiddenAuthor}"), authors);
        Assert.All(new[] { draft.Slug, pulled.Slug }, slug => Assert.DoesNotContain(Url(slug), articles.Concat(news)));
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_the_newsroom_and_the_api_and_points_at_the_sitemaps()
    {
        using var response = await _server.Client.GetAsync("/robots.txt", TestContext.Current.CancellationToken);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n');

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /newsroom", lines);
        Assert.Contains("Disallow: /api/", lines);
        Assert.Contains($"Sitemap: {Absolute("/sitemap.xml")}", lines);
        Assert.Contains($"Sitemap: {Absolute("/sitemap-news.xml")}", lines);
    }

    [Fact]
    public async Task Control_characters_in_the_headline_and_caption_still_give_well_formed_sitemaps()
    {
        const string Headline = "Bell \u0007 and <b>\"quotes\"</b> ]]> & </script> 🎤";
        var article = await _content.ArticleAsync(Headline, configure: a => a with
        {
            PublishedAt = DateTime.UtcNow.AddMinutes(-1),
            FeatureImage = new FeatureImage("/demo/a.svg?x=1&y=2", null, "Null \u0000 & <caption>", "Agency \u001b Photo"),
        });
        var month = await MonthFileWithAsync(article.PublishedAt!.Value, article.Slug);

        var newsXml = XDocument.Parse(await GetStringAsync("/sitemap-news.xml"));
        var monthXml = XDocument.Parse(await GetStringAsync(month));
        var image = Entry(await ParseAsync(month), Url(article.Slug)).GetProperty("images")[0];

        XNamespace news = "http://www.google.com/schemas/sitemap-news/0.9";
        Assert.Contains("Bell  and <b>\"quotes\"</b> ]]> & </script> 🎤", newsXml.Descendants(news + "title").Select(t => t.Value));
        XNamespace images = "http://www.google.com/schemas/sitemap-image/1.1";
        Assert.Contains("Null  & <caption> (Photo: Agency  Photo)", monthXml.Descendants(images + "caption").Select(c => c.Value));
        Assert.Equal(Absolute("/demo/a.svg?x=1&y=2"), image.GetProperty("loc").GetString());
    }

    [Fact]
    public async Task Publishing_evicts_the_index_the_month_sitemap_and_the_news_sitemap()
    {
        await _content.ArticleAsync("Already Out");
        var draft = await _content.ArticleAsync("Soon Published", configure: a => a with { Status = ArticleStatus.Draft, PublishedAt = null });
        var month = $"/sitemap-articles-{DateTime.UtcNow:yyyy-MM}.xml";
        string[] cached = ["/sitemap.xml", month, "/sitemap-news.xml"];
        foreach (var path in cached)
        {
            Assert.True(await IsServedFromCacheAsync(path), $"{path} was not served from the output cache"); // so what follows proves eviction
        }

        await _content.SaveAsync(draft with { Status = ArticleStatus.Published, PublishedAt = DateTime.UtcNow });
        var saved = await TestContent.LoadAsync(_server, draft.Slug);

        Assert.True(Lastmod(Entry(await ParseAsync("/sitemap.xml"), Absolute(month))) >= Truncate(saved.ModifiedAt));
        Assert.Contains(Url(draft.Slug), Locs(await ParseAsync(month))); // newest first, so in the month's first file
        Assert.Contains(Url(draft.Slug), Locs(await ParseAsync("/sitemap-news.xml")));
    }

    /// <summary>The cache stores a response after sending it, so a second request may briefly still miss.</summary>
    private async Task<bool> IsServedFromCacheAsync(string path)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            using var response = await _server.Client.GetAsync(path, TestContext.Current.CancellationToken);
            if (response.Headers.Age is not null)
            {
                return true;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return false;
    }

    /// <summary>Finds, through the index, the file of the month that lists the article.</summary>
    private async Task<string> MonthFileWithAsync(DateTime publishedAt, string slug)
    {
        var prefix = Absolute($"/sitemap-articles-{publishedAt:yyyy-MM}");
        foreach (var file in Locs(await ParseAsync("/sitemap.xml")).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var path = new Uri(file).AbsolutePath;
            if (Locs(await ParseAsync(path)).Contains(Url(slug)))
            {
                return path;
            }
        }

        throw new Xunit.Sdk.XunitException($"no sitemap of {publishedAt:yyyy-MM} lists {slug}");
    }

    private async Task<List<string>> AllArticleLocsAsync()
    {
        var files = Locs(await ParseAsync("/sitemap.xml")).Where(l => l.Contains("/sitemap-articles-", StringComparison.Ordinal));
        var locs = new List<string>();
        foreach (var file in files)
        {
            locs.AddRange(Locs(await ParseAsync(new Uri(file).AbsolutePath)));
        }

        return locs;
    }

    private async Task<JsonElement> ParseAsync(string path)
    {
        using var response = await _server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return await SitemapParser.ParseAsync(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private async Task<string> GetStringAsync(string path)
    {
        using var response = await _server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private string Absolute(string path) => new Uri(_server.BaseAddress, path).ToString();

    private string Url(string slug) => Absolute($"/news/{slug}");

    private static List<string> Locs(JsonElement sitemap) =>
        sitemap.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("loc").GetString()!).ToList();

    private static JsonElement Entry(JsonElement sitemap, string loc) =>
        sitemap.GetProperty("entries").EnumerateArray().SingleOrDefault(e => e.GetProperty("loc").GetString() == loc) is { ValueKind: JsonValueKind.Object } entry
            ? entry
            : throw new Xunit.Sdk.XunitException($"the sitemap does not list {loc}");

    private static DateTime? Lastmod(JsonElement entry) =>
        entry.GetProperty("lastmod").GetString() is { } text ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal) : null;

    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
