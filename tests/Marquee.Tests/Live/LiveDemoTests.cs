using Marquee.Demo;

namespace Marquee.Tests.Live;

/// <summary>The demo's live story: the 2017 AMAs red carpet, linked from home as "Live now", with what a live story can show.</summary>
public sealed class LiveDemoTests(MarqueeServer server) : IClassFixture<MarqueeServer>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await server.LoadDemoAsync();
        await server.RenditionsMadeAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_red_carpet_story_is_live_now_on_home_with_a_pinned_entry_key_events_a_photo_and_an_edit()
    {
        var path = $"/live/{DemoLiveStory.Slug}";

        var home = await HtmlPage.GetAsync(server.Client, "/");
        var page = await HtmlPage.GetAsync(server.Client, path);
        await server.LoadDemoAsync();
        var again = await HtmlPage.GetAsync(server.Client, path);

        Assert.Equal(path, home.QuerySelector(".live-now-module a")!.GetAttribute("href"));
        Assert.True(page.QuerySelectorAll(".live-stream article[data-entry]").Length >= 12);
        Assert.Single(page.QuerySelectorAll(".live-entry.pinned"));
        Assert.Equal(2, page.QuerySelectorAll(".live-key-events li").Length);
        Assert.Single(page.QuerySelectorAll(".live-entry .live-photo img"));
        Assert.Single(page.QuerySelectorAll(".live-entry .live-edited"));
        Assert.Equal(page.QuerySelectorAll("article[data-entry]").Length, again.QuerySelectorAll("article[data-entry]").Length);
    }
}
