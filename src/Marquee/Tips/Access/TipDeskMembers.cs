using System.Security.Claims;
using Marquee.Content;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Tips.Access;

/// <summary>Gives a staff account the tips permission (it applies from their next sign-in).</summary>
public sealed class TipDeskMembers(UserManager<StaffUser> users)
{
    public async Task GrantAsync(string email)
    {
        var user = await users.FindByEmailAsync(email.Trim()) ?? throw new ContentValidationException($"no staff account has the email '{email}'");
        var claims = await users.GetClaimsAsync(user);
        if (!claims.Any(c => c.Type == TipsPermission.ClaimType && c.Value == TipsPermission.ClaimValue))
        {
            await users.AddClaimAsync(user, new Claim(TipsPermission.ClaimType, TipsPermission.ClaimValue));
        }
    }
}
