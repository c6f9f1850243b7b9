using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>"Forgot password": a mailed link, once, to choose a new password; the page never says whether an address has an account.</summary>
public sealed class PasswordResetTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private const string NewPassword = "a brand new passphrase";

    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task A_mailed_link_sets_a_new_password_once_and_the_old_one_stops_working()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Author);
        using var session = StaffSession.Anonymous(_server);
        using var asked = await session.PostAsync("/newsroom/forgot-password", new() { ["Email"] = email });
        var link = await Mailbox.LinkWhenMailedAsync(_server, email);

        var form = await session.PageAsync(link);
        using var reset = await ResetAsync(session, link, NewPassword);
        using var old = await session.LogInAsync(email, StaffSession.Password);
        using var fresh = await session.LogInAsync(email, NewPassword);
        using var reused = await session.GetAsync(link);

        Assert.NotNull(form.QuerySelector("input[name=Password]"));
        Assert.Equal("/newsroom/login?reset=true", reset.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, old.StatusCode);
        Assert.Equal("/newsroom", fresh.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var unknown = $"nobody-{Guid.NewGuid().ToString("n")[..10]}@example.com";
        var known = await StaffSession.CreateUserAsync(_server, StaffRole.Author);
        using var session = StaffSession.Anonymous(_server);

        using var asked = await session.PostAsync("/newsroom/forgot-password", new() { ["Email"] = unknown });
        // Mails leave in order from one queue: once the later request's mail is out, the unknown one's turn has passed.
        using var later = await session.PostAsync("/newsroom/forgot-password", new() { ["Email"] = known });
        await Mailbox.LinkWhenMailedAsync(_server, known);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal($"If {unknown} has a newsroom account, a link to choose a new password is on its way.",
            HtmlPage.Parse(await asked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-notice"));
        Assert.Empty(Mailbox.To(_server, unknown));
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_and_the_link_still_works()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Editor);
        using var session = StaffSession.Anonymous(_server);
        using var asked = await session.PostAsync("/newsroom/forgot-password", new() { ["Email"] = email });
        var link = await Mailbox.LinkWhenMailedAsync(_server, email);
        var before = _server.Database.Fingerprint();

        using var weak = await ResetAsync(session, link, "aaaaaaaaaaaaaaaa");
        using var common = await ResetAsync(session, link, "qwertyuiop123");
        var after = _server.Database.Fingerprint();
        using var good = await ResetAsync(session, link, NewPassword);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Equal("Password must use at least 5 different characters", HtmlPage.Parse(await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.StartsWith("This password is too common", HtmlPage.Parse(await common.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"), StringComparison.Ordinal);
        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
    }

    [Fact]
    public async Task A_reset_lets_a_client_that_failed_five_times_sign_in_again()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Author);
        using var session = StaffSession.AnonymousFrom(_server, System.Net.IPAddress.Parse("127.0.0.4"));
        for (var attempt = 0; attempt < Marquee.Newsroom.Access.StaffIdentity.LockoutFailures; attempt++)
        {
            using var failed = await session.LogInAsync(email, $"wrong password number {attempt}");
        }

        using var waiting = await session.LogInAsync(email, StaffSession.Password);
        using var asked = await session.PostAsync("/newsroom/forgot-password", new() { ["Email"] = email });
        using var reset = await ResetAsync(session, await Mailbox.LinkWhenMailedAsync(_server, email), NewPassword);
        using var fresh = await session.LogInAsync(email, NewPassword);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, waiting.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom"), (fresh.StatusCode, fresh.Headers.Location?.OriginalString));
    }

    private static Task<HttpResponseMessage> ResetAsync(StaffSession session, string link, string password)
    {
        var fields = Mailbox.LinkFields(link);
        fields["Password"] = password;
        return session.PostAsync("/newsroom/reset-password", fields, tokenFrom: "/newsroom/login");
    }
}
