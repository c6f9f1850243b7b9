using System.Text.RegularExpressions;
using Marquee.BrowserTests.Infrastructure;
using Marquee.Newsroom.Staff;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>
/// Passkeys as a person uses them, in Chromium with its virtual authenticator standing in for the laptop's: added on
/// the passkeys page, then used from the sign-in page's button or from the email field's autofill.
/// </summary>
public sealed partial class PasskeySignInTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    [Fact]
    public async Task A_person_adds_a_passkey_signs_out_and_signs_in_with_the_passkey_button_while_the_autofill_waits()
    {
        await using var tab = await site.OpenAsync(javaScript: true);
        var authenticator = await VirtualAuthenticator.AddToAsync(tab.Page);
        var signIn = new SignInView(tab.Page);
        var passkeys = await AddPasskeyAsync(tab, "Pat Key", "This laptop");
        await Expect(passkeys.Notice).ToHaveTextAsync("Your passkey was added. Next time, sign in with it instead of your password and code.");
        Assert.Equal(["localhost"], await authenticator.RelyingPartiesAsync());

        // Nobody picks from the autofill: its request waits, and the button must end it before asking for its own.
        await authenticator.AnswerAtOnceAsync(false);
        await signIn.SignOut.ClickAsync();
        await Expect(signIn.PasskeyForm).ToHaveAttributeAsync("data-autofill", "offered");
        await tab.Page.RouteAsync(url => url.Contains("handler=PasskeyOptions", StringComparison.Ordinal), async route =>
        {
            await authenticator.AnswerAtOnceAsync(true); // the button's request: the person touches the device
            await route.ContinueAsync();
        });
        await signIn.SignInWithPasskey.ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(new Uri(site.BaseAddress, "/newsroom").ToString());
        await Expect(signIn.Greeting("Pat Key")).ToBeVisibleAsync();
        Assert.Empty(tab.BrokenRequests);
    }

    [Fact]
    public async Task The_email_fields_autofill_offers_the_passkey_and_picking_it_signs_in()
    {
        await using var tab = await site.OpenAsync(javaScript: true);
        await VirtualAuthenticator.AddToAsync(tab.Page);
        var signIn = new SignInView(tab.Page);
        await AddPasskeyAsync(tab, "Ava Fill", "Phone");

        // Chromium's virtual authenticator answers the autofill's request at once, as the person picking the passkey would.
        await signIn.SignOut.ClickAsync();

        await Expect(signIn.Greeting("Ava Fill")).ToBeVisibleAsync();
        await Expect(tab.Page).ToHaveURLAsync(new Uri(site.BaseAddress, "/newsroom").ToString());
        Assert.Empty(tab.BrokenRequests);
    }

    [Fact]
    public async Task The_email_field_asks_the_browser_for_passkeys_in_its_autofill()
    {
        await using var tab = await site.OpenAsync(javaScript: true);
        var signIn = new SignInView(tab.Page);

        await signIn.OpenAsync();

        await Expect(signIn.Email).ToHaveAttributeAsync("autocomplete", "username webauthn");
        await Expect(signIn.PasskeyForm).ToHaveAttributeAsync("data-autofill", "offered");
        await Expect(signIn.SignInWithPasskey).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_javascript_there_is_no_passkey_button_and_the_password_still_signs_in()
    {
        var email = await site.AddStaffAsync("Nora Script", StaffRole.Contributor);
        await using var tab = await site.OpenAsync(javaScript: false);
        var signIn = new SignInView(tab.Page);
        await signIn.OpenAsync();

        await Expect(signIn.SignInWithPasskey).ToBeHiddenAsync();
        await signIn.Email.FillAsync(email);
        await signIn.Password.FillAsync(StaffAccount.Password);
        await signIn.SignIn.ClickAsync();

        await Expect(signIn.Greeting("Nora Script")).ToBeVisibleAsync();
    }

    /// <summary>A new person signs in with the password and adds a passkey; the tab is left on the passkeys page, signed in.</summary>
    private async Task<PasskeysView> AddPasskeyAsync(ReaderTab tab, string person, string passkeyName)
    {
        var signIn = new SignInView(tab.Page);
        var passkeys = new PasskeysView(tab.Page);
        var email = await site.AddStaffAsync(person, StaffRole.Editor);
        await signIn.OpenAsync();
        await Expect(signIn.PasskeyForm).ToHaveAttributeAsync("data-autofill", OfferedOrEnded()); // ready: signing in now cuts off no request
        await signIn.Email.FillAsync(email);
        await signIn.Password.FillAsync(StaffAccount.Password);
        await signIn.SignIn.ClickAsync();
        await passkeys.AccountLink.ClickAsync();
        await passkeys.AddOneLink.ClickAsync();
        await passkeys.Name.FillAsync(passkeyName);
        await passkeys.CurrentPassword.FillAsync(StaffAccount.Password);
        await passkeys.Add.ClickAsync();
        await Expect(passkeys.ListedName).ToHaveValueAsync(passkeyName);
        return passkeys;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("^(offered|ended)$")]
    private static partial Regex OfferedOrEnded();

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
