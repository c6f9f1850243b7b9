using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Access;

/// <summary>
/// Ghost's permissions as policies. Each names the staff cookie scheme itself, so only newsroom endpoints
/// ever read the cookie: public pages and their cache never pay for authentication.
/// </summary>
public static class NewsroomPolicies
{
    /// <summary>Write and edit one's own drafts: every staff member.</summary>
    public const string Write = "newsroom:write";

    public const string PublishOwn = "newsroom:publish-own";

    /// <summary>Edit, schedule, publish and unpublish anything; manage tags and authors.</summary>
    public const string EditAny = "newsroom:edit-any";

    /// <summary>Users, settings and Content API keys.</summary>
    public const string Administer = "newsroom:administer";

    public static IReadOnlyList<NewsroomPolicy> All { get; } =
    [
        new(Write, StaffRole.Contributor),
        new(PublishOwn, StaffRole.Author),
        new(EditAny, StaffRole.Editor),
        new(Administer, StaffRole.Administrator),
    ];

    public static void AddTo(AuthorizationOptions options)
    {
        foreach (var policy in All)
        {
            options.AddPolicy(policy.Name, builder => builder
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.AtLeast(policy.MinimumRole)));
        }
    }
}
