using Microsoft.Playwright;

namespace Marquee.BrowserTests.Consent;

/// <summary>The consent banner and the footer's privacy links.</summary>
public sealed class ConsentBannerView(IPage page)
{
    public ILocator Banner => page.GetByRole(AriaRole.Region, new() { Name = "Your privacy choices" });

    public ILocator Accept => Banner.GetByRole(AriaRole.Button, new() { Name = "Accept all" });

    public ILocator Reject => Banner.GetByRole(AriaRole.Button, new() { Name = "Reject all" });

    public ILocator Settings => Banner.GetByRole(AriaRole.Button, new() { Name = "Settings" });

    public ILocator Save => Banner.GetByRole(AriaRole.Button, new() { Name = "Save choices" });

    public ILocator Analytics => Banner.GetByRole(AriaRole.Checkbox, new() { Name = "Analytics" });

    public ILocator Advertising => Banner.GetByRole(AriaRole.Checkbox, new() { Name = "Advertising" });

    public ILocator GpcNotice => Banner.GetByText("Global Privacy Control signal");

    public ILocator CookieSettings => page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Cookie settings" });

    /// <summary>The consent cookie's value as the browser keeps it, or null.</summary>
    public async Task<string?> CookieAsync()
    {
        var cookies = await page.Context.CookiesAsync();
        return cookies.FirstOrDefault(c => c.Name == "marquee_consent")?.Value;
    }
}
