using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>Links past their lifetime (set to zero here) are refused, for invitations and password resets alike.</summary>
public sealed class ExpiredLinkTests : IAsyncLifetime
{
    private readonly NewsroomServer _newsroom = new();

    private MarqueeServer Server => _newsroom.Server;

    public ValueTask InitializeAsync()
    {
        Server.Settings["Marquee:Newsroom:InvitationLifetime"] = "00:00:00";
        Server.Settings["Marquee:Newsroom:PasswordResetLifetime"] = "00:00:00";
        return _newsroom.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _newsroom.DisposeAsync();

    [Fact]
    public async Task An_expired_invitation_link_is_refused()
    {
        using var admin = await StaffSession.SignInAsync(Server, StaffRole.Administrator);
        var email = $"late-{Guid.NewGuid().ToString("n")[..10]}@example.com";
        using var sent = await admin.PostAsync("/newsroom/staff?handler=Invite", new() { ["Email"] = email, ["Role"] = "author" });

        using var invitee = StaffSession.Anonymous(Server);

        using var expired = await invitee.GetAsync(Mailbox.LatestLink(Server, email));

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains(StaffInvitations.InvalidLink[1..], await expired.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_password_reset_link_is_refused()
    {
        var email = await StaffSession.CreateUserAsync(Server, StaffRole.Author);
        using var session = StaffSession.Anonymous(Server);
        using var asked = await session.PostAsync("/newsroom/forgot-password", new() { ["Email"] = email });

        using var expired = await session.GetAsync(await Mailbox.LinkWhenMailedAsync(Server, email));

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains(PasswordResets.InvalidLink[1..], await expired.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
