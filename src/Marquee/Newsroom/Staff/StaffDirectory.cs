using Marquee.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsroom.Staff;

/// <summary>An administrator's view of staff: the list, a change of role, disabling and enabling an account.</summary>
public sealed class StaffDirectory(UserManager<StaffUser> users, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken) =>
        await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);

    /// <summary>Takes effect on the person's next request: the principal is rebuilt from the database every time.</summary>
    public async Task<StaffUser> ChangeRoleAsync(long actorId, long userId, string role)
    {
        var user = await OtherUserAsync(actorId, userId, "change your own role");
        user.Role = StaffRoles.Parse(role);
        IdentityOutcome.Check(await users.UpdateAsync(user));
        return user;
    }

    /// <summary>Disabling changes the security stamp, which ends every session the person has.</summary>
    public async Task<StaffUser> SetDisabledAsync(long actorId, long userId, bool disabled)
    {
        var user = await OtherUserAsync(actorId, userId, "disable your own account");
        user.DisabledAt = disabled ? clock.GetUtcNow().UtcDateTime : null;
        IdentityOutcome.Check(await users.UpdateSecurityStampAsync(user));
        return user;
    }

    /// <summary>An administrator cannot lock themselves out (and so the last administrator stays one).</summary>
    private async Task<StaffUser> OtherUserAsync(long actorId, long userId, string refusedAction)
    {
        if (actorId == userId)
        {
            throw new ContentValidationException($"you cannot {refusedAction}; ask another administrator");
        }

        return await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new ContentValidationException($"there is no staff user {userId}");
    }
}
