using Marquee.Content.Tags;

namespace Marquee.Tests.PublicSite;

/// <summary>Channel tags (Apple News, Top Stories) steer syndication and placement; readers never meet them.</summary>
public sealed class ChannelTagTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task A_channel_tag_is_no_chip_keyword_or_article_tag_on_the_story()
    {
        var (channel, topic, story) = await StoryInChannelAsync();

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{story}");

        var chips = page.QuerySelectorAll(".tags a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/tag/{topic}", chips);
        Assert.DoesNotContain($"/tag/{channel}", chips);
        Assert.DoesNotContain(page.QuerySelectorAll("meta[property='article:tag']"), m => m.GetAttribute("content")!.StartsWith("Channel ", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), s => Assert.DoesNotContain("Channel ", s.TextContent, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/rss")]
    [InlineData("/atom")]
    [InlineData("/feed.json")]
    public async Task A_channel_tags_page_and_feeds_are_not_found(string feed)
    {
        var (channel, topic, _) = await StoryInChannelAsync();

        using var hidden = await server.Client.GetAsync($"/tag/{channel}{feed}", TestContext.Current.CancellationToken);
        using var shown = await server.Client.GetAsync($"/tag/{topic}{feed}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
    }

    [Theory]
    [InlineData("/rss")]
    [InlineData("/atom")]
    [InlineData("/feed.json")]
    public async Task Feeds_name_the_story_s_topics_but_not_its_channels(string feed)
    {
        var unique = Guid.NewGuid().ToString("n")[..8];
        var (channel, _, story) = await StoryInChannelAsync(unique);

        var text = await server.Client.GetStringAsync(feed, TestContext.Current.CancellationToken);

        Assert.Contains(story, text, StringComparison.Ordinal);
        Assert.Contains($"Topic {unique}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Channel {unique}", text, StringComparison.Ordinal);
        Assert.DoesNotContain(channel, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tag_sitemap_lists_topics_but_not_channels()
    {
        var (channel, topic, _) = await StoryInChannelAsync();

        var sitemap = await server.Client.GetStringAsync("/sitemap-tags.xml", TestContext.Current.CancellationToken);

        Assert.Contains($"/tag/{topic}<", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain($"/tag/{channel}<", sitemap, StringComparison.Ordinal);
    }

    /// <summary>A story tagged with a channel and a topic, each named uniquely so the assertions see only them.</summary>
    private async Task<(string Channel, string Topic, string Story)> StoryInChannelAsync(string? unique = null)
    {
        unique ??= Guid.NewGuid().ToString("n")[..8];
        var content = new TestContent(server);
        var channel = await content.TagAsync($"Channel {unique}", TagKind.Channel);
        var topic = await content.TagAsync($"Topic {unique}");
        var story = await content.ArticleAsync($"Channelled {unique}", tags: [channel, topic]);
        return (channel, topic, story.Slug);
    }
}
