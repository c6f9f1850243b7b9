using System.Text.Json;
using System.Xml.Linq;
using Marquee.Content.Live;
using Marquee.Tests.Distribution.GhostContentApi;
using Marquee.Tests.Media;

namespace Marquee.Tests.Live;

/// <summary>A live story beyond its page: its entries' Atom feed, the Content API, the news sitemap and its LiveBlogPosting JSON-LD.</summary>
public sealed class LiveDistributionTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly TestLive _live = new(server);

    [Fact]
    public async Task The_page_links_an_atom_feed_of_its_entries_newest_first_that_drops_a_deleted_entry_and_shows_an_edit()
    {
        var (id, slug) = await _live.StoryAsync("Feed night");
        var first = await _live.PostAsync(id, "Doors open.", "Doors");
        var gone = await _live.PostAsync(id, "A mistake.");
        var third = await _live.PostAsync(id, "The host arrives in a **gold** suit, waving to the crowd.");
        await _live.MarkAsync(gone, LiveEntryChange.Deleted);
        await _live.EditAsync(first, new LiveEntryInput { Title = "Doors", BodyMarkdown = "Doors open at six." });

        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");
        var link = page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        var bytes = await server.Client.GetByteArrayAsync($"/live/{slug}/atom", TestContext.Current.CancellationToken);
        var parsed = await FeedParser.ParseAsync(bytes);
        var entries = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!.Elements(Atom + "entry").ToList();

        Assert.Contains($"/live/{slug}/atom", link);
        Assert.Equal("atom", parsed.GetProperty("type").GetString());
        Assert.Equal([Url(slug, third), Url(slug, first)], entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal("The host arrives in a gold suit, waving to the crowd.", entries[0].Element(Atom + "title")!.Value);
        Assert.Contains("Doors open at six.", entries[1].Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.True(DateTime.Parse(entries[1].Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture) >= DateTime.Parse(entries[1].Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("A mistake.", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_carries_an_entry_photo_only_with_its_credit_and_script_in_an_entry_stays_inert()
    {
        var (id, slug) = await _live.StoryAsync("Feed photo night");
        var stored = await PhotoUploads.IngestAsync(server, TestImages.Encoded("jpg", 800, 600, seed: 1702), "feed.jpg", PhotoUploads.Credited());
        var photo = await PhotoUploads.RenditionsMadeAsync(server, stored.Photo!.Id);
        await _live.PostAsync(id, new LiveEntryInput { BodyMarkdown = "On the carpet.", PhotoId = photo.Id });
        await _live.PostAsync(id, new LiveEntryInput { Title = "<script>alert(1)</script>", BodyMarkdown = "<img src=x onerror=alert(2)> [x](javascript:alert(3))" });

        var feed = XDocument.Parse(await server.Client.GetStringAsync($"/live/{slug}/atom", TestContext.Current.CancellationToken));
        var contents = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "content")!.Value).ToList();

        Assert.Empty(HtmlHazards.In(contents[0]));
        Assert.Equal("<script>alert(1)</script>", feed.Root!.Elements(Atom + "entry").First().Element(Atom + "title")!.Value);
        var figure = HtmlPage.Parse(contents[1]);
        Assert.StartsWith("http", figure.QuerySelector("figure img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains(photo.Credit!, figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_of_no_live_story_is_not_found()
    {
        var story = await new TestContent(server).ArticleAsync("Plain story for feeds");

        Assert.Equal(HttpStatusCode.NotFound, await _live.StatusAsync($"/live/{story.Slug}/atom"));
        Assert.Equal(HttpStatusCode.NotFound, await _live.StatusAsync("/live/no-such-story/atom"));
    }

    [Fact]
    public async Task The_content_api_gives_a_live_story_as_a_post_with_its_entries_and_without_a_deleted_one()
    {
        var (id, slug) = await _live.StoryAsync("API night");
        var kept = await _live.PostAsync(id, "Kept entry.", "Kept");
        var gone = await _live.PostAsync(id, "Deleted entry.");
        await _live.MarkAsync(gone, LiveEntryChange.Deleted);
        var api = new GhostApi(server);
        var key = await api.AddKeyAsync();

        var (status, body) = await api.GetAsync($"posts/slug/{slug}/", key);
        var post = Assert.Single(body.GetProperty("posts").EnumerateArray().ToList());
        var html = HtmlPage.Parse(post.GetProperty("html").GetString()!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"/live/{slug}", post.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("Summary of API night.", html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"entry-{kept.Id}"], html.QuerySelectorAll(".live-entries article").Select(a => a.Id));
        Assert.Equal("Kept", html.QuerySelector($"#entry-{kept.Id} h3")!.TextContent);
        Assert.True(post.GetProperty("updated_at").GetDateTime() >= kept.CreatedAt.AddSeconds(-1));
    }

    [Fact]
    public async Task The_news_sitemap_lists_a_live_story_while_its_coverage_runs_however_old_and_not_once_it_ended()
    {
        var (id, slug) = await _live.StoryAsync("Week-long coverage", configure: a => a with { PublishedAt = DateTime.UtcNow.AddDays(-5) });

        var running = await NewsLocsAsync();
        await _live.EndAsync(id);
        var ended = await NewsLocsAsync();

        Assert.Contains(running, loc => loc.EndsWith($"/live/{slug}", StringComparison.Ordinal));
        Assert.DoesNotContain(ended, loc => loc.EndsWith($"/live/{slug}", StringComparison.Ordinal));
    }

    /// <summary>
    /// Google's live-blog guidelines (decision 0072): LiveBlogPosting needs headline, datePublished, coverageStartTime,
    /// coverageEndTime once coverage ended, and liveBlogUpdate; each update needs headline, datePublished and articleBody,
    /// and is recommended a url on the story's own URL with an anchor. Recommended on the story: dateModified, author,
    /// image, publisher, mainEntityOfPage.
    /// </summary>
    [Fact]
    public async Task The_LiveBlogPosting_has_what_Googles_live_blog_guidelines_require_and_recommend_and_no_deleted_entry()
    {
        var (id, slug) = await _live.StoryAsync("Guideline night", [await new TestContent(server).AuthorAsync("Guideline Reporter")]);
        var kept = await _live.PostAsync(id, "A photo-free update with words.");
        var gone = await _live.PostAsync(id, "Going away.", "Gone");
        await _live.MarkAsync(gone, LiveEntryChange.Deleted);
        await _live.EndAsync(id);

        var blog = await LiveBlogPostingAsync(slug);

        foreach (var required in new[] { "headline", "datePublished", "coverageStartTime", "coverageEndTime", "liveBlogUpdate" })
        {
            Assert.True(blog.TryGetProperty(required, out var value) && value.ValueKind != JsonValueKind.Null, $"LiveBlogPosting lacks {required}");
        }

        foreach (var recommended in new[] { "dateModified", "author", "publisher", "mainEntityOfPage", "url" })
        {
            Assert.True(blog.TryGetProperty(recommended, out _), $"LiveBlogPosting lacks the recommended {recommended}");
        }

        var update = Assert.Single(blog.GetProperty("liveBlogUpdate").EnumerateArray().ToList());
        Assert.Equal("BlogPosting", update.GetProperty("@type").GetString());
        Assert.Equal("A photo-free update with words.", update.GetProperty("headline").GetString());
        Assert.Equal("A photo-free update with words.", update.GetProperty("articleBody").GetString());
        Assert.True(DateTimeOffset.TryParse(update.GetProperty("datePublished").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.EndsWith($"/live/{slug}#entry-{kept.Id}", update.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("?", update.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.Parse(blog.GetProperty("coverageEndTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= DateTimeOffset.Parse(blog.GetProperty("coverageStartTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private string Url(string slug, LiveEntry entry) => new Uri(server.BaseAddress, $"/live/{slug}#entry-{entry.Id}").ToString();

    private async Task<JsonElement> LiveBlogPostingAsync(string slug) =>
        (await HtmlPage.GetAsync(server.Client, $"/live/{slug}")).QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())
            .Single(json => json.GetProperty("@type").GetString() == "LiveBlogPosting");

    private async Task<List<string>> NewsLocsAsync() =>
        [.. XDocument.Parse(await server.Client.GetStringAsync("/sitemap-news.xml", TestContext.Current.CancellationToken)).Descendants(SitemapNs + "loc").Select(l => l.Value)];
}
