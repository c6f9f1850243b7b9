using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The editor's author and tag pickers (newsroom-pickers.js), as locators; the tag search box is the form's.</summary>
public sealed class PickerView(IPage page)
{
    public ArticleFormView Form { get; } = new(page);

    public ILocator AuthorSearch => page.GetByRole(AriaRole.Combobox, new() { Name = "Add author" });

    public ILocator TagChips => page.Locator("#tags-picker .nr-chip .nr-chip-name");

    public ILocator AuthorChips => page.Locator("#authors-picker .nr-chip .nr-chip-name");

    /// <summary>The hidden fields the pickers fill: what the form posts.</summary>
    public ILocator PostedTags => page.Locator("input[name=Tags]");

    public ILocator PostedPrimarySection => page.Locator("input[name=PrimarySection]");

    /// <summary>Why the tag picker could not do what was asked (a tag it could not create), beside the picker.</summary>
    public ILocator TagProblem => page.Locator("#tags-picker").GetByRole(AriaRole.Alert);

    public ILocator TagChip(string name) => TagChips.GetByText(name, new() { Exact = true });

    public ILocator Option(string text) => page.GetByRole(AriaRole.Option, new() { Name = text, Exact = true });

    public ILocator Button(string label) => page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    public ILocator PrimarySection(string tagName) => page.Locator("#tags-picker .nr-chip", new() { HasText = tagName }).GetByRole(AriaRole.Radio);
}
