using System.Globalization;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Live;

/// <summary>The newsroom's live desk of one story, as a reporter uses it.</summary>
public sealed class LiveDeskView(IPage page, long storyId)
{
    public ILocator Notice => page.Locator(".nr-notice");

    public ILocator Body => page.Locator("#entry-body");

    public ILocator PhotoNumber => page.Locator("#entry-photo");

    /// <summary>Why the picker would not take a photo, beside the photo field.</summary>
    public ILocator PhotoProblem => page.Locator("#post-form [role=alert]");

    public Task OpenAsync() => page.GotoAsync($"/newsroom/live/{storyId}");

    /// <summary>Types the entry and posts it with Ctrl+Enter, as reporters do; returns the new entry's id.</summary>
    public async Task<long> PostAsync(string text)
    {
        await Body.FillAsync(text);
        await Body.PressAsync("Control+Enter");
        await Assertions.Expect(Notice).ToHaveTextAsync("Posted.");
        // The desk lists the newest entry first.
        var newest = page.Locator("#stream article[data-entry]").First;
        await Assertions.Expect(newest.Locator("textarea")).ToHaveValueAsync(text);
        return long.Parse((await newest.GetAttributeAsync("data-entry"))!, CultureInfo.InvariantCulture);
    }

    public async Task EditAsync(long entry, string text)
    {
        var shown = page.Locator($"#desk-entry-{entry}");
        await shown.Locator("summary").ClickAsync();
        await shown.Locator($"#body-{entry}").FillAsync(text);
        await shown.Locator($"#save-{entry}").ClickAsync();
        await Assertions.Expect(Notice).ToHaveTextAsync("Saved.");
    }

    public async Task DeleteAsync(long entry)
    {
        await page.Locator($"#delete-{entry}").ClickAsync();
        await Assertions.Expect(Notice).ToHaveTextAsync("Done.");
    }
}
