using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The newsroom's sign-in page, by label and button name.</summary>
public sealed class SignInView(IPage page)
{
    public ILocator Email => page.GetByLabel("Email");

    public ILocator Password => page.GetByLabel("Password");

    public ILocator SignIn => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

    public Task OpenAsync() => page.GotoAsync("/newsroom/login");
}
