using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>Finds the user a mailed link names and checks its token, for invitations and password resets alike.</summary>
internal static class StaffLinks
{
    public static async Task<StaffUser?> UserWithValidTokenAsync(UserManager<StaffUser> users, string? userId, string? token, string provider, string purpose)
    {
        // The store parses the id as a number and throws on anything else: a mangled link is just a link that no longer works.
        if (!long.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            || string.IsNullOrEmpty(token)
            || await users.FindByIdAsync(userId) is not { DisabledAt: null } user)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, provider, purpose, token) ? user : null;
    }
}
