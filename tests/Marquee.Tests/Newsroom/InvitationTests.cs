using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>An administrator invites by email; the invitee follows the link from the mail (an .eml file here) and joins.</summary>
public sealed class InvitationTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task An_invitee_follows_the_mailed_link_chooses_name_and_password_and_is_signed_in_with_the_role()
    {
        var email = await InviteAsync("editor");
        var link = Mailbox.LatestLink(_server, email);
        using var invitee = StaffSession.Anonymous(_server);

        var invitation = await invitee.PageAsync(link);
        using var joined = await AcceptAsync(invitee, link, "Nia Newcomer", "a fresh newsroom passphrase");
        var dashboard = await invitee.PageAsync("/newsroom");

        Assert.Contains("editor", invitation.Text("main"), StringComparison.Ordinal);
        Assert.Equal("/newsroom", joined.Headers.Location?.OriginalString);
        Assert.Equal("Hello, Nia Newcomer. You are signed in as editor.", dashboard.Text(".nr-greeting"));
    }

    [Fact]
    public async Task An_invitation_link_works_once()
    {
        var email = await InviteAsync("author");
        var link = Mailbox.LatestLink(_server, email);
        using var invitee = StaffSession.Anonymous(_server);
        using var joined = await AcceptAsync(invitee, link, "First Use", "a fresh newsroom passphrase");

        using var again = await invitee.GetAsync(link);
        using var stranger = StaffSession.Anonymous(_server);
        using var reused = await AcceptAsync(stranger, link, "Second Use", "another newsroom passphrase", tokenFrom: "/newsroom/login");

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Contains("invalid, has expired or was already used", await reused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_its_reason_and_nothing_changes()
    {
        var email = await InviteAsync("contributor");
        var link = Mailbox.LatestLink(_server, email);
        using var invitee = StaffSession.Anonymous(_server);
        var before = _server.Database.Fingerprint();

        using var weak = await AcceptAsync(invitee, link, "Weak Password", "short");
        using var common = await AcceptAsync(invitee, link, "Common Password", "Password1234!");
        using var tampered = await AcceptAsync(invitee, link.Replace("token=", "token=x", StringComparison.Ordinal), "Tampered", "a fresh newsroom passphrase");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Equal("Password must be at least 12 characters", HtmlPage.Parse(await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.StartsWith("This password is too common", HtmlPage.Parse(await common.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tampered.StatusCode);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task The_staff_list_shows_an_invitee_as_invited_and_an_existing_account_cannot_be_invited()
    {
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);
        var email = await InviteAsync("author", admin);

        var staff = await admin.PageAsync("/newsroom/staff");
        using var existing = await admin.PostAsync("/newsroom/staff?handler=Invite", new() { ["Email"] = admin.Email, ["Role"] = "editor" });

        Assert.Equal("invited", staff.QuerySelector($"tr[data-email='{email}'] .nr-state")?.TextContent);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, existing.StatusCode);
        Assert.Equal($"A user with email {admin.Email} already exists", HtmlPage.Parse(await existing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
    }

    private async Task<string> InviteAsync(string role, StaffSession? by = null)
    {
        using var owned = by is null ? await StaffSession.SignInAsync(_server, StaffRole.Administrator) : null;
        var admin = by ?? owned!;
        var email = $"invitee-{Guid.NewGuid().ToString("n")[..10]}@example.com";
        using var sent = await admin.PostAsync("/newsroom/staff?handler=Invite", new() { ["Email"] = email, ["Role"] = role });
        Assert.Equal($"Invitation sent to {email}.", HtmlPage.Parse(await sent.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-notice"));
        return email;
    }

    private static Task<HttpResponseMessage> AcceptAsync(StaffSession invitee, string link, string name, string password, string? tokenFrom = null)
    {
        var fields = Mailbox.LinkFields(link);
        fields["Name"] = name;
        fields["Password"] = password;
        return invitee.PostAsync("/newsroom/invitation", fields, tokenFrom ?? "/newsroom/login");
    }
}
