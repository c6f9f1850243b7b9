using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>One's account and passkeys pages, found by link, label, role and text.</summary>
public sealed class PasskeysView(IPage page)
{
    public ILocator AccountLink => page.GetByRole(AriaRole.Navigation, new() { Name = "Newsroom" }).GetByRole(AriaRole.Link, new() { Name = "Account" });

    public ILocator AddOneLink => page.GetByRole(AriaRole.Link, new() { Name = "add one" });

    public ILocator Name => page.GetByRole(AriaRole.Textbox, new() { Name = "Name" }).Last;

    public ILocator CurrentPassword => page.GetByLabel("Current password");

    public ILocator Add => page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" });

    public ILocator Notice => page.GetByRole(AriaRole.Status);

    /// <summary>The name field of the one passkey listed (a second would fail the assertion, as locators are strict).</summary>
    public ILocator ListedName => page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Textbox, new() { Name = "Name" });
}
