using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The revisions page: the changes between two versions, field by field, the body line by line.</summary>
public sealed class RevisionsView(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "From version" });

    public ILocator Change(string field) => page.Locator($".nr-change[data-field={field}]");

    public ILocator AddedLines(string field) => Change(field).Locator(".nr-line-added");

    public ILocator RemovedLines(string field) => Change(field).Locator(".nr-line-removed");
}
