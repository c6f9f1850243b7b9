using Microsoft.Playwright;

namespace Marquee.BrowserTests.Reading;

/// <summary>The home page as a reader finds things on it: by region and link name, not by markup.</summary>
public sealed class HomeView(IPage page)
{
    public Task OpenAsync() => page.GotoAsync("/");

    public ILocator TopStory(string headline) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Top Stories" }).GetByRole(AriaRole.Link, new() { Name = headline, Exact = true });

    public ILocator Latest(string headline) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Latest News" }).GetByRole(AriaRole.Link, new() { Name = headline, Exact = true });
}
