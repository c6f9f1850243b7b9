using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The newsroom dashboard: the greeting with the person's role and the lists of stories by state.</summary>
public sealed class DashboardView(IPage page)
{
    public ILocator Role => page.Locator(".nr-role");

    public ILocator WaitingForReview(string headline) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Waiting for review" }).GetByRole(AriaRole.Link, new() { Name = headline, Exact = true });

    public Task OpenAsync() => page.GotoAsync("/newsroom");
}
