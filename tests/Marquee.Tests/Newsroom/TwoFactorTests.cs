using Marquee.Newsroom.SignIn;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>TOTP two-factor sign-in, driven with codes computed here from the shared key the page shows (RFC 6238).</summary>
public sealed class TwoFactorTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private const string Setup = "/newsroom/account/two-factor";

    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task Two_factor_turned_on_with_an_app_code_is_asked_for_at_the_next_sign_in()
    {
        using var session = await StaffSession.SignInAsync(_server, StaffRole.Author);
        var (key, recoveryCodes) = await TurnOnAsync(session);
        await SignOutAsync(session);

        using var password = await session.LogInAsync(session.Email, StaffSession.Password);
        using var notYet = await session.GetAsync("/newsroom");
        using var wrong = await session.PostAsync("/newsroom/login/two-factor", new() { ["Code"] = OtherThan(Totp.Code(key, DateTimeOffset.UtcNow)) });
        using var right = await session.PostAsync("/newsroom/login/two-factor", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow), ["ReturnUrl"] = "/newsroom/account" });
        var account = await session.PageAsync("/newsroom/account");

        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal("/newsroom/login/two-factor?returnUrl=%2Fnewsroom", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal(TwoFactorLoginPage.WrongCode, HtmlPage.Parse(await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.Equal("/newsroom/account", right.Headers.Location?.OriginalString);
        Assert.Contains("on", account.Text(".nr-facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        using var session = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var (_, recoveryCodes) = await TurnOnAsync(session);
        await SignOutAsync(session);

        using var first = await SignInWithCodeAsync(session, recoveryCodes[0]);
        await SignOutAsync(session);
        using var again = await SignInWithCodeAsync(session, recoveryCodes[0]);
        var setup = await AfterSecondCodeAsync(session, recoveryCodes[1]);

        Assert.Equal("/newsroom", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("8", setup.Text("#recovery-codes-left"));
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_on()
    {
        using var session = await StaffSession.SignInAsync(_server, StaffRole.Contributor);
        var key = (await session.PageAsync(Setup)).Text("#shared-key");

        using var refused = await session.PostAsync($"{Setup}?handler=Enable", new() { ["Code"] = OtherThan(Totp.Code(key, DateTimeOffset.UtcNow)) });
        await SignOutAsync(session);
        using var login = await session.LogInAsync(session.Email, StaffSession.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("/newsroom", login.Headers.Location?.OriginalString);
    }

    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnAsync(StaffSession session)
    {
        var page = await session.PageAsync(Setup);
        var key = page.Text("#shared-key");
        var uri = page.Text("#authenticator-uri");
        Assert.StartsWith("otpauth://totp/", uri, StringComparison.Ordinal);
        Assert.Contains($"secret={key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()}&", uri, StringComparison.Ordinal);

        using var enabled = await session.PostAsync($"{Setup}?handler=Enable", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = HtmlPage.Parse(await enabled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .QuerySelectorAll("#recovery-codes code").Select(code => code.TextContent).ToList();
        return (key, codes);
    }

    private static async Task<HttpResponseMessage> SignInWithCodeAsync(StaffSession session, string code)
    {
        using var password = await session.LogInAsync(session.Email, StaffSession.Password);
        return await session.PostAsync("/newsroom/login/two-factor", new() { ["Code"] = code });
    }

    private static async Task<AngleSharp.Dom.IDocument> AfterSecondCodeAsync(StaffSession session, string code)
    {
        using var signedIn = await SignInWithCodeAsync(session, code);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return await session.PageAsync(Setup);
    }

    private static async Task SignOutAsync(StaffSession session)
    {
        using var logout = await session.PostAsync("/newsroom/logout", [], tokenFrom: "/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
    }

    private static string OtherThan(string code) => code == "000000" ? "111111" : "000000";
}
