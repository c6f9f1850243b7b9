using Marquee.Newsroom.SignIn;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// Sessions live on the server (decision 0029): a copy of someone's cookie, taken while they were signed in, stops
/// working when they sign out everywhere or change their password, and when the session expires, whose row goes too.
/// Signing out, and an administrator's changes, are in SignInTests and StaffAdminTests.
/// </summary>
public sealed class SessionEndTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private const string NewPassword = "another long newsroom passphrase";

    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_their_copies_and_keeps_this_one()
    {
        using var laptop = await StaffSession.SignInAsync(_server, StaffRole.Author);
        using var copy = laptop.CopyOfCookies();
        using var phone = StaffSession.Anonymous(_server);
        using var signedIn = await phone.LogInAsync(laptop.Email, StaffSession.Password);

        using var changed = await phone.PostAsync("/newsroom/account?handler=Password", new() { ["CurrentPassword"] = StaffSession.Password, ["NewPassword"] = NewPassword });
        using var kept = await phone.GetAsync("/newsroom");
        using var ended = await laptop.GetAsync("/newsroom");
        using var copyEnded = await copy.GetAsync("/newsroom");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom/login"), (ended.StatusCode, ended.Headers.Location?.AbsolutePath));
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom/login"), (copyEnded.StatusCode, copyEnded.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task The_account_page_lists_the_signed_in_sessions_and_drops_those_a_password_change_ended()
    {
        using var laptop = await StaffSession.SignInAsync(_server, StaffRole.Author);
        using var phone = StaffSession.Anonymous(_server);
        using var signedIn = await phone.LogInAsync(laptop.Email, StaffSession.Password);

        var both = await phone.PageAsync("/newsroom/account");
        using var changed = await phone.PostAsync("/newsroom/account?handler=Password", new() { ["CurrentPassword"] = StaffSession.Password, ["NewPassword"] = NewPassword });
        var afterChange = await phone.PageAsync("/newsroom/account");
        var userId = _server.Database.Scalar($"SELECT id FROM staff_users WHERE email = '{laptop.Email}'");

        Assert.Equal(2, both.QuerySelectorAll("#sessions tbody tr").Length);
        Assert.All(both.QuerySelectorAll("#sessions tbody time"), time => Assert.NotEmpty(time.GetAttribute("datetime") ?? ""));
        Assert.Equal(1, afterChange.QuerySelectorAll("#sessions tbody tr").Length);
        Assert.Equal("2", _server.Database.Scalar($"SELECT COUNT(*) FROM staff_sessions WHERE user_id = {userId}"));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_this_one_included()
    {
        using var session = await StaffSession.SignInAsync(_server, StaffRole.Contributor);
        using var copy = session.CopyOfCookies();

        using var signedOut = await session.PostAsync("/newsroom/account?handler=SignOutEverywhere", []);
        var login = await session.PageAsync(signedOut.Headers.Location!.OriginalString);
        using var here = await session.GetAsync("/newsroom");
        using var there = await copy.GetAsync("/newsroom");

        Assert.Equal("/newsroom/login?everywhere=true", signedOut.Headers.Location.OriginalString);
        Assert.Equal(LoginPage.SignedOutEverywhere, login.Text(".nr-notice"));
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom/login"), (here.StatusCode, here.Headers.Location?.AbsolutePath));
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom/login"), (there.StatusCode, there.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task An_expired_session_is_refused_and_its_row_is_deleted_at_the_next_sign_in()
    {
        using var session = await StaffSession.SignInAsync(_server, StaffRole.Author);
        var userId = _server.Database.Scalar($"SELECT id FROM staff_users WHERE email = '{session.Email}'");
        _server.Database.Execute($"UPDATE staff_sessions SET expires_at = '2000-01-01 00:00:00' WHERE user_id = {userId}");

        using var expired = await session.GetAsync("/newsroom");
        using var someoneElse = await StaffSession.SignInAsync(_server, StaffRole.Author);

        Assert.Equal((HttpStatusCode.Redirect, "/newsroom/login"), (expired.StatusCode, expired.Headers.Location?.AbsolutePath));
        Assert.Equal("0", _server.Database.Scalar($"SELECT COUNT(*) FROM staff_sessions WHERE user_id = {userId}"));
        Assert.Equal("0", _server.Database.Scalar($"SELECT COUNT(*) FROM staff_sessions WHERE expires_at < '2001-01-01 00:00:00'"));
    }
}
