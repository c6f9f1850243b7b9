using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>Finds the user a mailed link names and checks its token, for invitations and password resets alike.</summary>
internal static class StaffLinks
{
    public static async Task<StaffUser?> UserWithValidTokenAsync(UserManager<StaffUser> users, string? userId, string? token, string provider, string purpose)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || await users.FindByIdAsync(userId) is not { DisabledAt: null } user)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, provider, purpose, token) ? user : null;
    }
}
