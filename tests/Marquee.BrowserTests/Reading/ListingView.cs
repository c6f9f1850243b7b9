using Microsoft.Playwright;

namespace Marquee.BrowserTests.Reading;

/// <summary>A tag, section or author listing as a reader finds things on it.</summary>
public sealed class ListingView(IPage page)
{
    public ILocator Title => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Story(string headline) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = headline, Exact = true });
}
