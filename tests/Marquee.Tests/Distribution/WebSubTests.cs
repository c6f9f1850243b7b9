using System.Text.Json;
using System.Xml.Linq;
using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Tags;

namespace Marquee.Tests.Distribution;

/// <summary>WebSub: feeds name the hub, and a change to a public story pings it with the feeds that changed, in the background.</summary>
public sealed class WebSubTests(WebSubServer fixture) : IClassFixture<WebSubServer>
{
    private const string Site = WebSubServer.BaseUrl;
    private readonly MarqueeServer _server = fixture.Server;
    private readonly RecordingHub _hub = fixture.Hub;
    private readonly TestContent _content = new(fixture.Server);

    [Fact]
    public async Task Publishing_pings_the_hub_with_the_site_feeds_and_the_feeds_of_the_story_tag_section_and_author()
    {
        var tag = await _content.TagAsync("Hub Topic");
        var section = await _content.TagAsync("Hub Section", TagKind.Section);
        var author = await _content.AuthorAsync("Hub Writer");

        await _content.ArticleAsync("Hub Story", [author], [section, tag]);
        var ping = await _hub.WaitForAsync(0, $"{Site}/section/{section}/rss"); // only the story's save names the section's feeds

        Assert.Equal("publish", ping.Mode);
        Assert.Contains($"{Site}/rss", ping.Urls);
        Assert.Contains($"{Site}/atom", ping.Urls);
        Assert.Contains($"{Site}/feed.json", ping.Urls);
        Assert.Contains($"{Site}/tag/{tag}/atom", ping.Urls);
        Assert.Contains($"{Site}/section/{section}/feed.json", ping.Urls);
        Assert.Contains($"{Site}/author/{author}/rss", ping.Urls);
    }

    [Fact]
    public async Task Unpublishing_pings_and_an_unchanged_save_pings_nothing()
    {
        var tag = await _content.TagAsync("Quiet Topic");
        var other = await _content.TagAsync("Later Topic");
        var article = await _content.ArticleAsync("Quiet Story", tags: [tag]);
        await _hub.WaitForAsync(0, $"{Site}/tag/{tag}/rss", $"{Site}/rss"); // the story's ping, not the tag's own
        var settled = _hub.Pings.Count;

        var unchanged = await _content.SaveAsync(article);
        await _content.ArticleAsync("Later Story", tags: [other]);
        await _hub.WaitForAsync(settled, $"{Site}/tag/{other}/rss", $"{Site}/rss");
        var afterUnchanged = _hub.Pings.Skip(settled).ToList();
        await _content.SaveAsync(article with { Status = ArticleStatus.Unpublished });
        var unpublished = await _hub.WaitForAsync(settled + afterUnchanged.Count, $"{Site}/tag/{tag}/rss", $"{Site}/rss");

        Assert.Equal(SaveOutcome.Unchanged, unchanged);
        Assert.DoesNotContain($"{Site}/tag/{tag}/rss", afterUnchanged.SelectMany(p => p.Urls)); // pings go out in order, so it would be here
        Assert.Equal("publish", unpublished.Mode);
    }

    [Fact]
    public async Task Each_post_edit_and_deletion_of_a_live_entry_pings_the_hub_with_the_story_entries_feed()
    {
        var live = new TestLive(_server);
        var (id, slug) = await live.StoryAsync("Hub Live Story");
        var feed = $"{Site}/live/{slug}/atom";
        await _hub.WaitForAsync(0, feed); // starting coverage touches the story too
        var settled = _hub.Pings.Count;

        var pings = new List<HubPing>();
        var entry = await live.PostAsync(id, "First hub entry.");
        pings.Add(await _hub.WaitForAsync(settled, feed));
        settled = _hub.Pings.Count;
        entry = await live.EditAsync(entry, new Marquee.Content.Live.LiveEntryInput { BodyMarkdown = "First hub entry, edited." });
        pings.Add(await _hub.WaitForAsync(settled, feed));
        settled = _hub.Pings.Count;
        await live.MarkAsync(entry, Marquee.Content.Live.LiveEntryChange.Deleted);
        pings.Add(await _hub.WaitForAsync(settled, feed));

        Assert.All(pings, ping => Assert.Equal("publish", ping.Mode));
        Assert.All(pings, ping => Assert.DoesNotContain($"{Site}/rss", ping.Urls)); // an entry is not news for the site's feeds
    }

    [Fact]
    public async Task Every_feed_names_the_hub()
    {
        var rss = XDocument.Parse(await _server.Client.GetStringAsync("/rss", TestContext.Current.CancellationToken));
        var atom = XDocument.Parse(await _server.Client.GetStringAsync("/atom", TestContext.Current.CancellationToken));
        using var json = JsonDocument.Parse(await _server.Client.GetStringAsync("/feed.json", TestContext.Current.CancellationToken));

        XNamespace Atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(rss.Root!.Element("channel")!.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "hub" && l.Attribute("href")?.Value == _hub.Url);
        Assert.Contains(atom.Root!.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "hub" && l.Attribute("href")?.Value == _hub.Url);
        var hub = Assert.Single(json.RootElement.GetProperty("hubs").EnumerateArray());
        Assert.Equal(("WebSub", _hub.Url), (hub.GetProperty("type").GetString(), hub.GetProperty("url").GetString()));
        Assert.Equal("rss", (await FeedParser.ParseAsync(System.Text.Encoding.UTF8.GetBytes(rss.ToString()))).GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_unreachable_hub_does_not_fail_the_save()
    {
        await using var server = new MarqueeServer();
        server.Settings["Marquee:WebSub:Hub"] = "http://127.0.0.1:9/";
        server.Settings["Marquee:Site:BaseUrl"] = Site;
        await server.InitializeAsync();
        var content = new TestContent(server);

        var article = await content.ArticleAsync("Saved Anyway");
        var again = await content.ArticleAsync("Saved Again");

        Assert.Equal(article.Headline, (await TestContent.LoadAsync(server, article.Slug)).Headline);
        Assert.Equal(again.Headline, (await TestContent.LoadAsync(server, again.Slug)).Headline);
    }
}
