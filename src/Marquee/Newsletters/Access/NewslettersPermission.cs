using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsletters.Access;

/// <summary>
/// Managing newsletter lists (what goes to every subscriber's inbox, and when) is for editors and administrators:
/// the people who already decide what the site publishes (decision 0084).
/// </summary>
public static class NewslettersPermission
{
    public const string Policy = "newsroom:newsletters";

    public const StaffRole MinimumRole = StaffRole.Editor;

    public static void AddTo(AuthorizationOptions options) =>
        options.AddPolicy(Policy, builder => builder
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .RequireRole(StaffRoles.AtLeast(MinimumRole)));
}
