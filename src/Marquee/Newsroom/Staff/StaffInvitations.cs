using Marquee.Content;
using Marquee.Newsroom.Access;
using Marquee.Platform;
using Marquee.Platform.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marquee.Newsroom.Staff;

/// <summary>An administrator invites an email with a role; the invitee follows the mailed link and chooses name and password.</summary>
public sealed class StaffInvitations(UserManager<StaffUser> users, Mailer mailer, IOptions<NewsroomOptions> options, IOptions<SiteOptions> siteOptions, TimeProvider clock)
{
    public const string InvalidLink = "this invitation link is invalid, has expired or was already used; ask an administrator for a new one";

    /// <summary>Inviting someone already invited sends a fresh link (and takes the new role).</summary>
    public async Task<StaffUser> InviteAsync(string email, string role, string origin, CancellationToken cancellationToken)
    {
        email = StaffAccountRules.Email(email);
        var parsedRole = StaffRoles.Parse(role);
        var user = await users.FindByEmailAsync(email);
        if (user is { IsInvited: false })
        {
            throw new ContentValidationException($"a user with email {email} already exists");
        }

        if (user is null)
        {
            user = new StaffUser { Email = email, UserName = email, Name = "", Role = parsedRole, CreatedAt = clock.GetUtcNow().UtcDateTime };
            IdentityOutcome.Check(await users.CreateAsync(user));
        }
        else
        {
            user.Role = parsedRole;
            IdentityOutcome.Check(await users.UpdateAsync(user));
        }

        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = NewsroomPaths.WithToken(origin, NewsroomPaths.Invitation, user.Id, token);
        await mailer.SendAsync(email, $"You're invited to the {siteOptions.Value.Name} newsroom", $"""
            You have been invited to the {siteOptions.Value.Name} newsroom as {parsedRole.Display()}.

            Choose your name and password here (the link works once, for {options.Value.InvitationLifetime.TotalDays:0.#} days):
            {link}
            """, cancellationToken);
        return user;
    }

    /// <summary>The invitee a link names, while the link is valid and not yet accepted.</summary>
    public async Task<StaffUser?> FindAsync(string? userId, string? token) =>
        await StaffLinks.UserWithValidTokenAsync(users, userId, token, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose) is { IsInvited: true } user
            ? user
            : null;

    /// <summary>Setting the password changes the security stamp, so the link cannot be used again.</summary>
    public async Task<StaffUser> AcceptAsync(string? userId, string? token, string? name, string? password)
    {
        var user = await FindAsync(userId, token) ?? throw new ContentValidationException(InvalidLink);
        user.Name = StaffAccountRules.Name(name);
        user.EmailConfirmed = true;
        IdentityOutcome.Check(await users.AddPasswordAsync(user, password ?? ""));
        return user;
    }
}
