using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The newsroom editor's author and tag pickers, as locators; signing in is the newsroom's login form.</summary>
public sealed class PickerView(IPage page)
{
    public ILocator Headline => page.GetByLabel("Headline", new() { Exact = true });

    public ILocator Body => page.GetByLabel("Body (Markdown)");

    public ILocator TagSearch => page.GetByRole(AriaRole.Combobox, new() { Name = "Add tag" });

    public ILocator AuthorSearch => page.GetByRole(AriaRole.Combobox, new() { Name = "Add author" });

    public ILocator TagChips => page.Locator("#tags-picker .nr-chip .nr-chip-name");

    public ILocator TagChip(string name) => TagChips.GetByText(name, new() { Exact = true });

    public ILocator AuthorChips => page.Locator("#authors-picker .nr-chip .nr-chip-name");

    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Save draft" });

    /// <summary>The hidden fields the pickers fill: what the form posts.</summary>
    public ILocator PostedTags => page.Locator("input[name=Tags]");

    public ILocator PostedAuthors => page.Locator("input[name=Authors]");

    public ILocator PostedPrimarySection => page.Locator("input[name=PrimarySection]");

    public ILocator Option(string text) => page.GetByRole(AriaRole.Option, new() { Name = text, Exact = true });

    public ILocator Button(string label) => page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    public ILocator PrimarySection(string tagName) => page.Locator("#tags-picker .nr-chip", new() { HasText = tagName }).GetByRole(AriaRole.Radio);

    public async Task SignInAsync(string email, string password)
    {
        var signIn = new SignInView(page);
        await signIn.OpenAsync();
        await signIn.Email.FillAsync(email);
        await signIn.Password.FillAsync(password);
        await signIn.SignIn.ClickAsync();
        await page.WaitForURLAsync("**/newsroom");
    }
}
