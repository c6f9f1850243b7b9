using System.Net;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Infrastructure;

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
        var link = Mailbox.LatestLink(_server, email);

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
        using var session = StaffSession.Anonymous(_server);

        using var asked = await session.PostAsync("/newsroom/forgot-password", new() { ["Email"] = unknown });

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
        var link = Mailbox.LatestLink(_server, email);
        var before = _server.Database.Fingerprint();

        using var weak = await ResetAsync(session, link, "aaaaaaaaaaaaaaaa");
        var after = _server.Database.Fingerprint();
        using var good = await ResetAsync(session, link, NewPassword);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Equal("Password must use at least 5 different characters", HtmlPage.Parse(await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
    }

    private static Task<HttpResponseMessage> ResetAsync(StaffSession session, string link, string password)
    {
        var fields = Mailbox.LinkFields(link);
        fields["Password"] = password;
        return session.PostAsync("/newsroom/reset-password", fields, tokenFrom: "/newsroom/login");
    }
}
