using Marquee.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Readers;

/// <summary>
/// A reader's passkey in Chromium, its virtual authenticator standing in for the phone: made as the reader signs up,
/// then used from the address field's autofill; "sign out everywhere" ends the other browser's session too.
/// </summary>
public sealed class ReaderPasskeyBrowserTests(ReaderDemoSite site) : IClassFixture<ReaderDemoSite>
{
    [Fact]
    public async Task A_reader_signs_up_adds_a_passkey_signs_in_by_autofill_and_signs_out_everywhere()
    {
        var email = $"key-{Guid.NewGuid().ToString("n")[..8]}@example.com";
        await using var reader = await site.OpenAsync();
        var authenticator = await VirtualAuthenticator.AddToAsync(reader.Page);
        var page = reader.Page;
        await page.GotoAsync("/account");
        await Expect(page.GetByLabel("E-mail address")).ToHaveAttributeAsync("autocomplete", "username webauthn");
        await SignUpByCodeAsync(page, email);
        await Expect(page.Locator("#passkey-prompt")).ToContainTextAsync("add a passkey");

        await page.GetByLabel("Name of the passkey (optional)").FillAsync("This phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Expect(page.Locator(".reader-passkeys")).ToContainTextAsync("This phone, added");
        await Expect(page.Locator("#passkey-prompt")).ToContainTextAsync("Add a second passkey");
        Assert.Single(await authenticator.RelyingPartiesAsync());

        // Signing out lands on the sign-in form, whose autofill the authenticator answers at once, as if the reader picked the passkey.
        var autofillPosted = page.WaitForResponseAsync(response => response.Url.EndsWith("handler=Passkey", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        Assert.Equal(302, (await autofillPosted).Status);
        await Expect(page.Locator("main")).ToContainTextAsync($"Signed in as {email}");

        await using var elsewhere = await site.OpenAsync();
        await elsewhere.Page.GotoAsync("/account");
        await SignUpByCodeAsync(elsewhere.Page, email);
        await authenticator.AnswerAtOnceAsync(false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mail me a code" })).ToBeVisibleAsync();
        await elsewhere.Page.ReloadAsync();
        await Expect(elsewhere.Page.GetByRole(AriaRole.Button, new() { Name = "Mail me a code" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mail me a code" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_javascript_the_passkey_forms_stay_hidden_and_the_mailed_code_works()
    {
        await using var reader = await site.OpenAsync(javaScript: false);
        await reader.Page.GotoAsync("/account");

        await Expect(reader.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" })).ToBeHiddenAsync();
        await SignUpByCodeAsync(reader.Page, $"plain-{Guid.NewGuid().ToString("n")[..8]}@example.com");
        await Expect(reader.Page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" })).ToBeHiddenAsync();
        await Expect(reader.Page.GetByText("Adding a passkey needs a browser that supports passkeys")).ToBeVisibleAsync();
    }

    private async Task SignUpByCodeAsync(IPage page, string email)
    {
        await page.GetByLabel("E-mail address").FillAsync(email);
        var before = site.Smtp.To(email).Count;
        await page.GetByRole(AriaRole.Button, new() { Name = "Mail me a code" }).ClickAsync();
        var mail = await site.Smtp.WaitForAsync(email, before + 1);
        await page.GetByLabel("Code from the mail").FillAsync(mail.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync($"Signed in as {email}");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
