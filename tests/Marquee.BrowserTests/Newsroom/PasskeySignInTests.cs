using Marquee.BrowserTests.Infrastructure;
using Marquee.Newsroom.Staff;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>Passkeys as a person uses them, in Chromium with its virtual authenticator standing in for the laptop's.</summary>
public sealed class PasskeySignInTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    [Fact]
    public async Task A_person_adds_a_passkey_signs_out_and_signs_in_with_the_passkey_alone()
    {
        var email = await site.AddStaffAsync("Pat Key", StaffRole.Editor);
        await using var tab = await site.OpenAsync(javaScript: true);
        var authenticator = await VirtualAuthenticator.AddToAsync(tab.Page);
        var signIn = new SignInView(tab.Page);
        var passkeys = new PasskeysView(tab.Page);
        await signIn.OpenAsync();
        await signIn.Email.FillAsync(email);
        await signIn.Password.FillAsync(StaffAccount.Password);
        await signIn.SignIn.ClickAsync();
        await passkeys.AccountLink.ClickAsync();
        await passkeys.AddOneLink.ClickAsync();

        await passkeys.Name.FillAsync("This laptop");
        await passkeys.CurrentPassword.FillAsync(StaffAccount.Password);
        await passkeys.Add.ClickAsync();

        await Expect(passkeys.Notice).ToHaveTextAsync("Your passkey was added. Next time, sign in with it instead of your password and code.");
        await Expect(passkeys.ListedName).ToHaveValueAsync("This laptop");
        Assert.Equal(["localhost"], await authenticator.RelyingPartiesAsync());

        await signIn.SignOut.ClickAsync();
        await signIn.SignInWithPasskey.ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(new Uri(site.BaseAddress, "/newsroom").ToString());
        await Expect(signIn.Greeting("Pat Key")).ToBeVisibleAsync();
        Assert.Empty(tab.BrokenRequests);
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

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
