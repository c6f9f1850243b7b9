using Marquee.Demo;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Live;

/// <summary>A reader of the demo's live story with live.js running, part-way down the stream.</summary>
public sealed class LiveReaderView(IPage page)
{
    public ILocator Entries => page.Locator("#live-entries article[data-entry]");

    public ILocator NewUpdates(string count) => page.GetByRole(AriaRole.Button, new() { Name = count });

    /// <summary>
    /// Opens the story, waits for live.js, and scrolls the <paramref name="nth"/> entry a little past the top; returns that
    /// entry by its id (a position would name another entry once new ones come in above it).
    /// </summary>
    public async Task<ILocator> ReadAsync(int nth)
    {
        await page.GotoAsync($"/live/{DemoLiveStory.Slug}");
        await Assertions.Expect(page.Locator("html[data-live-updates='on']")).ToHaveCountAsync(1);
        var reading = page.Locator($"#{await Entries.Nth(nth).GetAttributeAsync("id")}");
        await reading.ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("window.scrollBy(0, 150)");
        return reading;
    }
}
