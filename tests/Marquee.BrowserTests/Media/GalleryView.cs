using Microsoft.Playwright;

namespace Marquee.BrowserTests.Media;

/// <summary>A gallery's pages (/photos/{slug}, /{n}, /all) as a reader finds things on them: by role and name.</summary>
public sealed class GalleryView(IPage page)
{
    public ILocator Headline => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Photo => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Figure).First;

    public ILocator Position => Photo.Locator(".position");

    public ILocator Previous => PhotoLinks.GetByRole(AriaRole.Link, new() { Name = "← Previous" });

    public ILocator Next => PhotoLinks.GetByRole(AriaRole.Link, new() { Name = "Next →" });

    public ILocator AllPhotos => PhotoLinks.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^All \\d+ photos$") });

    public ILocator GridPhotos => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Img);

    public ILocator GridLink(int number, int of) => page.GetByRole(AriaRole.Link, new() { Name = $"Photo {number} of {of}", Exact = true });

    private ILocator PhotoLinks => page.GetByRole(AriaRole.Navigation, new() { Name = "Photos" });

    public Task OpenAsync(string slug) => page.GotoAsync($"/photos/{slug}");

    /// <summary>
    /// Presses an arrow key once the page's script listens for keys, and waits until the address changes. The key
    /// goes to the document as the browser delivers it (Playwright's simulated keyboard lost presses on a loaded
    /// 2-core box with two browsers), and the address is polled: waiting for a navigation event missed one that
    /// arrived between Playwright's look at the address and its listener, and waited out its 30 s.
    /// </summary>
    public async Task PressAsync(string key)
    {
        var before = page.Url;
        await page.Locator("html[data-gallery-keys=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.EvaluateAsync("key => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))", key);
        await Assertions.Expect(page).Not.ToHaveURLAsync(before, new() { Timeout = 30_000 });
    }

    /// <summary>Whether every image of the locator has loaded real pixels (a missing rendition has none).</summary>
    public static Task<bool> LoadedAsync(ILocator images) => images.EvaluateAllAsync<bool>("imgs => imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0)");
}
