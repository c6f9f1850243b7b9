using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Tips.Access;

/// <summary>
/// Reading tips is a permission of its own, not a rung of the role ladder: an administrator or an editor does not
/// read tips unless they are given it (a claim on their account, which the sign-in puts on the principal).
/// </summary>
public static class TipsPermission
{
    public const string Policy = "newsroom:tips";

    public const string ClaimType = "marquee:permission";

    public const string ClaimValue = "tips";

    public static void AddTo(AuthorizationOptions options) =>
        options.AddPolicy(Policy, builder => builder
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ClaimType, ClaimValue));
}
