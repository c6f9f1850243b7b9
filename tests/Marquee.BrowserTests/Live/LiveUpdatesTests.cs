using Marquee.BrowserTests.Infrastructure;
using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Live;
using Marquee.Demo;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Live;

/// <summary>A reader of the demo's live story in Chromium while the desk posts: "3 new updates" appears, and taking them in moves nothing the reader reads.</summary>
public sealed class LiveUpdatesTests(LiveUpdatesTests.FastPollSite fixture) : IClassFixture<LiveUpdatesTests.FastPollSite>
{
    [Fact]
    public async Task New_entries_are_offered_as_new_updates_and_taking_them_in_keeps_the_reader_in_place()
    {
        await using var reader = await fixture.Site.OpenAsync(height: 700);
        var view = new LiveReaderView(reader.Page);
        var reading = await view.ReadAsync(5);
        var button = view.NewUpdates("3 new updates");

        await fixture.PostAsync("First new entry.", "Second new entry.", "Third new entry.");
        await Expect(button).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var before = (await reading.BoundingBoxAsync())!.Y;
        await button.ClickAsync();

        await Expect(reader.Page.Locator(".live-stream article[data-entry]").Filter(new() { HasText = "new entry." })).ToHaveCountAsync(3);
        Assert.Equal(before, (await reading.BoundingBoxAsync())!.Y, 1.0);
        await Expect(button).ToBeHiddenAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>The demo on a server that tells readers to poll every second, and a way to post to its live story.</summary>
    public sealed class FastPollSite : IAsyncLifetime
    {
        private readonly MarqueeServer _server = new() { Settings = { ["Marquee:Live:PollSeconds"] = "1" } };

        public FastPollSite() => Site = new DemoSite(_server);

        public DemoSite Site { get; }

        public ValueTask InitializeAsync() => Site.InitializeAsync();

        public ValueTask DisposeAsync() => Site.DisposeAsync();

        /// <summary>Posts each text as an entry of the demo's live story, one transaction each, as the desk does.</summary>
        public async Task PostAsync(params string[] texts)
        {
            foreach (var text in texts)
            {
                await _server.WriteAsync(async (services, token) =>
                {
                    var story = await services.GetRequiredService<ArticleQueries>().FindBySlugAsync(DemoLiveStory.Slug, token);
                    return await services.GetRequiredService<PostLiveEntry>().PostAsync(story!.Id, new LiveEntryInput { BodyMarkdown = text }, new ChangedBy(null, "browser test"), token);
                });
            }
        }
    }
}
