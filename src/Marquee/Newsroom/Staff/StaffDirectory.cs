using Marquee.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsroom.Staff;

/// <summary>
/// An administrator's view of staff: the list, a change of role, disabling and enabling an account, signing someone
/// out. Each change renews the person's security stamp, which every request checks: their sessions end at once.
/// </summary>
public sealed class StaffDirectory(UserManager<StaffUser> users, TimeProvider clock)
{
    /// <summary>Whether anyone has an account: the demo makes its administrator only while nobody does.</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => users.Users.AnyAsync(cancellationToken);

    public async Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken) =>
        await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);

    /// <summary>The person signs in again and works under the new role from then on.</summary>
    public async Task<StaffUser> ChangeRoleAsync(long actorId, long userId, string role)
    {
        var user = await OtherUserAsync(actorId, userId, "you cannot change your own role; ask another administrator");
        user.Role = StaffRoles.Parse(role);
        IdentityOutcome.Check(await users.UpdateSecurityStampAsync(user));
        return user;
    }

    public async Task<StaffUser> SetDisabledAsync(long actorId, long userId, bool disabled)
    {
        var user = await OtherUserAsync(actorId, userId, "you cannot disable your own account; ask another administrator");
        user.DisabledAt = disabled ? clock.GetUtcNow().UtcDateTime : null;
        IdentityOutcome.Check(await users.UpdateSecurityStampAsync(user));
        return user;
    }

    /// <summary>For a lost laptop or a shared computer left signed in; one's own sessions end from the account page.</summary>
    public async Task<StaffUser> SignOutEverywhereAsync(long actorId, long userId)
    {
        var user = await OtherUserAsync(actorId, userId, "to sign yourself out everywhere, use your account page");
        IdentityOutcome.Check(await users.UpdateSecurityStampAsync(user));
        return user;
    }

    /// <summary>An administrator cannot lock themselves out (and so the last administrator stays one).</summary>
    private async Task<StaffUser> OtherUserAsync(long actorId, long userId, string refusal)
    {
        if (actorId == userId)
        {
            throw new ContentValidationException(refusal);
        }

        return await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new ContentValidationException($"there is no staff user {userId}");
    }
}
