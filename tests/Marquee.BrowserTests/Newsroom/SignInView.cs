using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The newsroom's sign-in page and what follows it, found by label, role and text.</summary>
public sealed class SignInView(IPage page)
{
    public ILocator Email => page.GetByLabel("Email");

    public ILocator Password => page.GetByLabel("Password");

    public ILocator SignIn => page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });

    public ILocator SignInWithPasskey => page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" });

    /// <summary>The button's form; passkeys.js sets its data-autofill once the passkey autofill is offered (or cannot be).</summary>
    public ILocator PasskeyForm => page.Locator("form[data-passkey=get]");

    public ILocator PasskeyError => page.Locator("[data-passkey-error]");

    public ILocator Greeting(string name) => page.GetByText($"Hello, {name}.");

    public ILocator SignOut => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });

    public Task OpenAsync() => page.GotoAsync("/newsroom/login");
}
