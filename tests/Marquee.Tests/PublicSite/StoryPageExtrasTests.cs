using Marquee.Content.Articles;
using Marquee.Content.Tags;
using Marquee.Platform;
using Microsoft.Extensions.Options;

namespace Marquee.Tests.PublicSite;

/// <summary>
/// What a story page gives a reader around the story (issue 20, item 2): share bars at the top and bottom, "More from" its
/// author and the latest in its section, and times in the reader's words in the site's zone.
/// </summary>
public sealed class StoryPageExtrasTests(StoryPageExtrasTests.PacificSite site) : IClassFixture<StoryPageExtrasTests.PacificSite>
{
    private readonly MarqueeServer _server = site.Server;

    private TestContent Content => new(_server);

    [Fact]
    public async Task Published_and_updated_times_read_as_a_person_says_them_in_the_sites_zone_with_utc_for_machines()
    {
        var winter = await Content.ArticleAsync("Winter Night", configure: a => a with
        {
            PublishedAt = new DateTime(2017, 11, 20, 4, 4, 0, DateTimeKind.Utc),
            SourceModifiedAt = new DateTime(2017, 11, 20, 6, 30, 0, DateTimeKind.Utc),
        });
        var summer = await Content.ArticleAsync("Summer Noon", configure: a => a with { PublishedAt = new DateTime(2017, 7, 1, 19, 0, 0, DateTimeKind.Utc) });

        var winterPage = await HtmlPage.GetAsync(_server.Client, $"/news/{winter.Slug}");
        var summerPage = await HtmlPage.GetAsync(_server.Client, $"/news/{summer.Slug}");

        var times = winterPage.QuerySelectorAll("header .byline time").ToList();
        Assert.Equal("Nov 19, 2017, 8:04 PM PST", times[0].TextContent);
        Assert.Equal("2017-11-20T04:04:00Z", times[0].GetAttribute("datetime"));
        Assert.Equal("Updated Nov 19, 2017, 10:30 PM PST", winterPage.Text("header .byline .updated").Replace("· ", "", StringComparison.Ordinal));
        Assert.Equal("2017-11-20T06:30:00Z", times[1].GetAttribute("datetime"));
        Assert.Equal("Jul 1, 2017, 12:00 PM PDT", summerPage.Text("header .byline time"));
    }

    [Fact]
    public async Task A_story_never_changed_after_it_was_published_says_no_updated_time()
    {
        var story = await Content.ArticleAsync("Never Touched");

        var page = await HtmlPage.GetAsync(_server.Client, $"/news/{story.Slug}");

        Assert.Single(page.QuerySelectorAll("header .byline time"));
        Assert.Null(page.QuerySelector("header .byline .updated"));
    }

    [Theory]
    [InlineData("Asia/Kolkata", "Nov 20, 2017, 9:34 AM GMT+5:30")]
    [InlineData("Europe/Berlin", "Nov 20, 2017, 5:04 AM GMT+1")]
    [InlineData("Europe/London", "Nov 20, 2017, 4:04 AM GMT")]
    [InlineData("America/New_York", "Nov 19, 2017, 11:04 PM EST")]
    public void A_zone_without_a_common_short_name_says_its_offset(string zone, string expected)
    {
        var times = new ReaderTimes(Options.Create(new SiteOptions { TimeZone = zone }));

        Assert.Equal(expected, times.Of(new DateTime(2017, 11, 20, 4, 4, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public async Task Share_bars_at_the_top_and_the_bottom_carry_plain_links_to_the_storys_absolute_address()
    {
        var story = await Content.ArticleAsync("Shared Story & Friends");
        var address = new Uri(_server.BaseAddress, $"/news/{story.Slug}").ToString();

        var page = await HtmlPage.GetAsync(_server.Client, $"/news/{story.Slug}");

        var bars = page.QuerySelectorAll("article.story ul.share").ToList();
        Assert.Equal(2, bars.Count);
        Assert.True(bars[0].ClassList.Contains("share-top"));
        Assert.Null(bars[0].Closest("article")!.QuerySelector("header ul.share"));
        foreach (var bar in bars)
        {
            Assert.Equal($"https://www.facebook.com/sharer/sharer.php?u={Uri.EscapeDataString(address)}", bar.QuerySelector("a[href*=facebook]")!.GetAttribute("href"));
            Assert.Equal($"mailto:?subject={Uri.EscapeDataString(story.Headline)}&body={Uri.EscapeDataString(address)}", bar.QuerySelector("a[href^=mailto]")!.GetAttribute("href"));
            Assert.Equal(address, bar.QuerySelector("button[data-share-copy]")!.GetAttribute("data-share-copy"));
            Assert.Equal(story.Headline, bar.QuerySelector("button[data-share-native]")!.GetAttribute("data-share-title"));
        }
    }

    [Fact]
    public async Task More_from_the_author_and_the_latest_in_the_section_leave_out_the_story_and_each_other_and_follow_new_stories()
    {
        var author = await Content.AuthorAsync("Rail Writer");
        var section = await Content.TagAsync("Rail Section", TagKind.Section);
        var other = await Content.AuthorAsync("Other Writer");
        var byAuthor = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            byAuthor.Add((await Content.ArticleAsync($"By The Writer {i}", authors: [author], tags: [section], configure: At(-10 + i))).Slug);
        }

        var inSection = await Content.ArticleAsync("In The Section Only", authors: [other], tags: [section], configure: At(-20));
        var shown = byAuthor[^1];

        var page = await HtmlPage.GetAsync(_server.Client, $"/news/{shown}");

        Assert.Equal("More from Rail Writer", page.Text("#more-from-author"));
        Assert.Equal([.. byAuthor.Take(3).Reverse().Select(slug => $"/news/{slug}")], Links(page, "more-from-author"));
        Assert.Equal([$"/news/{inSection.Slug}"], Links(page, "latest-in-section"));
        Assert.Equal($"/author/{author}", page.QuerySelector("section[aria-labelledby=more-from-author] .more-link a")!.GetAttribute("href"));

        var newest = await Content.ArticleAsync("Newest By The Writer", authors: [author], configure: At(0));
        var after = await HtmlPage.GetAsync(_server.Client, $"/news/{shown}");

        Assert.Equal($"/news/{newest.Slug}", Links(after, "more-from-author")[0]);
    }

    private static Func<ArticleInput, ArticleInput> At(int minutes) => a => a with { PublishedAt = DateTime.UtcNow.AddMinutes(minutes) };

    private static List<string?> Links(AngleSharp.Dom.IDocument page, string section) =>
        [.. page.QuerySelectorAll($"section[aria-labelledby={section}] .card h3 a").Select(a => a.GetAttribute("href"))];

    /// <summary>A site whose readers are told Los Angeles time.</summary>
    public sealed class PacificSite : IAsyncLifetime
    {
        public MarqueeServer Server { get; } = new() { Settings = { ["Marquee:Site:TimeZone"] = "America/Los_Angeles" } };

        public ValueTask InitializeAsync() => Server.InitializeAsync();

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
