using System.Security.Claims;

namespace Marquee.Newsroom.Staff;

/// <summary>What a signed-in person's principal says about them beyond Identity's own claims.</summary>
public static class StaffClaims
{
    public const string DisplayName = "marquee:name";

    public static string DisplayNameOf(ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    public static StaffRole? RoleOf(ClaimsPrincipal user) =>
        Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
}
