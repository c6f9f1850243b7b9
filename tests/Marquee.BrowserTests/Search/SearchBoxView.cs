using Microsoft.Playwright;

namespace Marquee.BrowserTests.Search;

/// <summary>The masthead's search box and the search page, as a reader finds them: by role and name.</summary>
public sealed class SearchBoxView(IPage page)
{
    /// <summary>The box: a combobox once its script has run, a plain search box without JavaScript.</summary>
    public ILocator Box => page.Locator("header").GetByRole(AriaRole.Search).GetByLabel("Search", new() { Exact = true });

    public ILocator Suggestions => page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });

    public ILocator Suggestion(string text) => Suggestions.GetByRole(AriaRole.Option, new() { Name = text });

    public ILocator ResultHeadlines => page.Locator(".search-results").GetByRole(AriaRole.Heading);
}
