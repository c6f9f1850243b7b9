using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// Common and breached passwords are refused (ASVS 2.1.7) whatever their case and the digits or symbols put after
/// them, with the reason, and nothing changes. The CLI, the invitation and the reset form have their rows in
/// CliTests, InvitationTests and PasswordResetTests; this is the account page's password change.
/// </summary>
public sealed class CommonPasswordTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("Password1234!")]
    [InlineData("iloveyou2024!!")]
    [InlineData("1qaz2wsx3edc")]
    public async Task A_common_new_password_is_refused_and_the_old_one_still_works(string common)
    {
        using var session = await StaffSession.SignInAsync(_server, StaffRole.Contributor);
        var before = _server.Database.Fingerprint();

        using var refused = await session.PostAsync("/newsroom/account?handler=Password", new() { ["CurrentPassword"] = StaffSession.Password, ["NewPassword"] = common });
        var after = _server.Database.Fingerprint();
        using var again = StaffSession.Anonymous(_server);
        using var old = await again.LogInAsync(session.Email, StaffSession.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.StartsWith("This password is too common", HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"), StringComparison.Ordinal);
        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
    }
}
