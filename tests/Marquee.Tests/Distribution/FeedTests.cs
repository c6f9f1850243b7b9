using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Marquee.Content.Articles;
using Marquee.Content.Tags;

namespace Marquee.Tests.Distribution;

/// <summary>RSS, Atom and JSON Feed for the site and per tag, section and author, read back by an independent parser.</summary>
public sealed class FeedTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TestContent _content = new(server);

    [Fact]
    public async Task The_site_rss_carries_co_authors_categories_and_the_photo_credit_and_follows_the_rss_rules()
    {
        var (article, first, second, tag) = await ArticleWithTwoAuthorsAsync("Rss Story");

        var bytes = await GetBytesAsync("/rss");
        var parsed = await FeedParser.ParseAsync(bytes);
        var item = Item(parsed, article.Headline);

        Assert.Equal("rss", parsed.GetProperty("type").GetString());
        Assert.Equal([first, second], item.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("Rss Story Tag", item.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Jane Photographer/Example Agency", item.GetProperty("credit").GetString());
        Assert.Equal(new Uri(server.BaseAddress, $"/news/{article.Slug}").ToString(), item.GetProperty("guid").GetString());
        FollowsRssAdvisoryBoardRules(XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)));
        Assert.NotNull(tag);
    }

    [Fact]
    public async Task The_atom_feed_is_read_by_feedparser_with_authors_and_html_content()
    {
        var (article, first, second, _) = await ArticleWithTwoAuthorsAsync("Atom Story");

        var parsed = await FeedParser.ParseAsync(await GetBytesAsync("/atom"));
        var entry = Item(parsed, article.Headline);

        Assert.Equal("atom", parsed.GetProperty("type").GetString());
        Assert.Equal([first, second], entry.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains($"The body of {article.Headline}.", entry.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_feed_has_the_fields_json_feed_1_1_requires()
    {
        var (article, first, second, _) = await ArticleWithTwoAuthorsAsync("Json Story");

        using var feed = JsonDocument.Parse(await GetBytesAsync("/feed.json"));
        var root = feed.RootElement;
        var item = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == article.Headline);

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal(new Uri(server.BaseAddress, "/feed.json").ToString(), root.GetProperty("feed_url").GetString());
        Assert.Equal(item.GetProperty("url").GetString(), item.GetProperty("id").GetString());
        Assert.Equal([first, second], item.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.StartsWith("<p>", item.GetProperty("content_html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tag_section_and_author_feeds_carry_only_their_stories_and_unknown_ones_are_404()
    {
        var (article, _, _, tag) = await ArticleWithTwoAuthorsAsync("Scoped Story");
        var section = await _content.TagAsync("Scoped Section", TagKind.Section);
        var other = await _content.ArticleAsync("Elsewhere Story", tags: [section]);
        var author = article.AuthorSlugs[0];

        var tagFeed = await FeedParser.ParseAsync(await GetBytesAsync($"/tag/{tag}/rss"));
        var authorFeed = await FeedParser.ParseAsync(await GetBytesAsync($"/author/{author}/atom"));
        using var sectionFeed = JsonDocument.Parse(await GetBytesAsync($"/section/{section}/feed.json"));

        Assert.Equal([article.Headline], Titles(tagFeed));
        Assert.Equal([article.Headline], Titles(authorFeed));
        Assert.Equal([other.Headline], sectionFeed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/tag/no-such-tag/rss", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/author/no-such-author/atom", TestContext.Current.CancellationToken)).StatusCode);
        var misplaced = await server.Client.GetAsync($"/tag/{section}/rss", TestContext.Current.CancellationToken);
        Assert.Equal((HttpStatusCode.MovedPermanently, $"/section/{section}/rss"), (misplaced.StatusCode, misplaced.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task Conditional_requests_get_304_until_a_story_in_the_feed_changes()
    {
        var tag = await _content.TagAsync("Conditional");
        var article = await _content.ArticleAsync("Conditional Story", tags: [tag]);
        var path = $"/tag/{tag}/rss";
        using var first = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byEtag = await SendAsync(path, r => r.Headers.IfNoneMatch.Add(etag));
        using var byDate = await SendAsync(path, r => r.Headers.IfModifiedSince = lastModified);
        await _content.SaveAsync(article with { Headline = "Conditional Story, Updated" });
        using var afterEdit = await SendAsync(path, r => r.Headers.IfNoneMatch.Add(etag));

        Assert.Equal(HttpStatusCode.NotModified, byEtag.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterEdit.StatusCode);
        Assert.Equal(["Conditional Story, Updated"], Titles(await FeedParser.ParseAsync(await afterEdit.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken))));
    }

    [Fact]
    public async Task Control_characters_and_markup_in_text_still_give_well_formed_feeds()
    {
        var tag = await _content.TagAsync("Escaping");
        await _content.ArticleAsync("Bell \u0007 and <b>\"quotes\"</b> ]]> & </script> 🎤", tags: [tag], configure: a => a with { BodyMarkdown = "Null \u0000 here ]]> and there." });

        var rssBytes = await GetBytesAsync($"/tag/{tag}/rss");
        var atomBytes = await GetBytesAsync($"/tag/{tag}/atom");
        using var json = JsonDocument.Parse(await GetBytesAsync($"/tag/{tag}/feed.json"));

        // feedparser must accept both in strict mode; the exact text is read back with the framework's own XML parser.
        Assert.Single(Titles(await FeedParser.ParseAsync(rssBytes)));
        Assert.Single(Titles(await FeedParser.ParseAsync(atomBytes)));
        const string Expected = "Bell  and <b>\"quotes\"</b> ]]> & </script> 🎤";
        var rss = XDocument.Parse(System.Text.Encoding.UTF8.GetString(rssBytes)).Root!.Element("channel")!.Element("item")!;
        var atom = XDocument.Parse(System.Text.Encoding.UTF8.GetString(atomBytes)).Root!.Element(Atom + "entry")!;
        Assert.Equal(Expected, rss.Element("title")!.Value);
        Assert.Equal(Expected, atom.Element(Atom + "title")!.Value);
        Assert.Contains("here ]]&gt; and there.", rss.Element((XNamespace)"http://purl.org/rss/1.0/modules/content/" + "encoded")!.Value, StringComparison.Ordinal);
        Assert.Equal("Bell \u0007 and <b>\"quotes\"</b> ]]> & </script> 🎤", json.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Pages_announce_the_site_feeds_and_listings_announce_their_own()
    {
        var tag = await _content.TagAsync("Discoverable");

        var home = await HtmlPage.GetAsync(server.Client, "/");
        var listing = await HtmlPage.GetAsync(server.Client, $"/tag/{tag}");

        Assert.Equal(["/rss", "/atom", "/feed.json"], home.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
        Assert.Contains($"/tag/{tag}/rss", listing.QuerySelectorAll("link[rel=alternate][type='application/rss+xml']").Select(l => l.GetAttribute("href")));
    }

    private static void FollowsRssAdvisoryBoardRules(XDocument rss)
    {
        var channel = rss.Root!.Element("channel")!;
        Assert.Equal("2.0", rss.Root.Attribute("version")?.Value);
        foreach (var required in new[] { "title", "link", "description" })
        {
            Assert.False(string.IsNullOrWhiteSpace(channel.Element(required)?.Value), $"channel has no {required}");
        }

        Assert.Equal("self", channel.Element(Atom + "link")?.Attribute("rel")?.Value);
        foreach (var item in channel.Elements("item"))
        {
            Assert.True(item.Element("title") is not null || item.Element("description") is not null, "an item needs a title or a description");
            Assert.True(Uri.IsWellFormedUriString(item.Element("link")?.Value, UriKind.Absolute));
            Assert.True(DateTimeOffset.TryParseExact(item.Element("pubDate")?.Value, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), item.Element("pubDate")?.Value);
            Assert.Null(item.Element("author")); // RSS's author must be an e-mail address; bylines go in dc:creator.
            Assert.All(item.Elements(Media + "content"), m => Assert.True(Uri.IsWellFormedUriString(m.Attribute("url")?.Value, UriKind.Absolute)));
        }
    }

    private async Task<(ArticleInput Article, string First, string Second, string Tag)> ArticleWithTwoAuthorsAsync(string headline)
    {
        var first = $"{headline} Writer";
        var second = $"{headline} Editor";
        var tag = await _content.TagAsync($"{headline} Tag");
        var authors = new[] { await _content.AuthorAsync(first), await _content.AuthorAsync(second) };
        var article = await _content.ArticleAsync(headline, authors, [tag], a => a with
        {
            FeatureImage = new FeatureImage("/demo/amas-stage.svg", "A stage", "The stage", "Jane Photographer/Example Agency"),
        });
        return (article, first, second, tag);
    }

    private async Task<byte[]> GetBytesAsync(string path)
    {
        using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    private Task<HttpResponseMessage> SendAsync(string path, Action<HttpRequestMessage> configure)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure(request);
        return server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static JsonElement Item(JsonElement feed, string title) =>
        feed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == title);

    private static List<string?> Titles(JsonElement feed) =>
        feed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
}
