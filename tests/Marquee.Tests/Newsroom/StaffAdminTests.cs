using Marquee.Newsroom.SignIn;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>An administrator's changes to other accounts take effect on those people's very next request, in every browser they use.</summary>
public sealed class StaffAdminTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task A_role_change_ends_the_persons_session_and_the_next_sign_in_has_the_new_role()
    {
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);
        using var person = await StaffSession.SignInAsync(_server, StaffRole.Contributor);
        using var before = await person.GetAsync("/newsroom/staff");

        using var changed = await admin.PostAsync("/newsroom/staff?handler=Role", new() { ["UserId"] = await person.UserIdAsync(), ["Role"] = "administrator" });
        using var ended = await person.GetAsync("/newsroom/staff");
        using var again = await person.LogInAsync(person.Email, StaffSession.Password);
        using var after = await person.GetAsync("/newsroom/staff");
        var dashboard = await person.PageAsync("/newsroom");

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal($"{person.Email} is now administrator.", HtmlPage.Parse(await changed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-notice"));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("administrator", dashboard.Text(".nr-role"));
    }

    [Fact]
    public async Task Disabling_ends_the_persons_sessions_and_refuses_sign_in_until_enabled()
    {
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);
        using var person = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await person.UserIdAsync();

        using var disabled = await admin.PostAsync("/newsroom/staff?handler=Disable", new() { ["UserId"] = id });
        using var session = await person.GetAsync("/newsroom");
        using var refused = await person.LogInAsync(person.Email, StaffSession.Password);
        using var enabled = await admin.PostAsync("/newsroom/staff?handler=Enable", new() { ["UserId"] = id });
        using var allowed = await person.LogInAsync(person.Email, StaffSession.Password);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        Assert.Equal(LoginPage.WrongPassword, HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal("/newsroom", allowed.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("Role", "editor", "is now editor.")]
    [InlineData("Disable", "", "is disabled and signed out.")]
    [InlineData("SignOut", "", "is signed out everywhere.")]
    public async Task An_administrators_change_ends_every_copy_of_the_persons_session(string handler, string role, string notice)
    {
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);
        using var person = await StaffSession.SignInAsync(_server, StaffRole.Author);
        using var copy = person.CopyOfCookies();

        using var changed = await admin.PostAsync($"/newsroom/staff?handler={handler}", new() { ["UserId"] = await person.UserIdAsync(), ["Role"] = role });
        using var original = await person.GetAsync("/newsroom");
        using var copied = await copy.GetAsync("/newsroom");

        Assert.Equal($"{person.Email} {notice}", HtmlPage.Parse(await changed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-notice"));
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom/login"), (original.StatusCode, original.Headers.Location?.AbsolutePath));
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom/login"), (copied.StatusCode, copied.Headers.Location?.AbsolutePath));
    }

    [Theory]
    [InlineData("Disable", "You cannot disable your own account; ask another administrator")]
    [InlineData("Role", "You cannot change your own role; ask another administrator")]
    [InlineData("SignOut", "To sign yourself out everywhere, use your account page")]
    public async Task An_administrator_cannot_lock_themselves_out(string handler, string reason)
    {
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);
        var before = _server.Database.Fingerprint();

        using var refused = await admin.PostAsync($"/newsroom/staff?handler={handler}", new() { ["UserId"] = await admin.UserIdAsync(), ["Role"] = "contributor" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(reason, HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.Equal(before, _server.Database.Fingerprint());
    }

}
