using Marquee.Content;

namespace Marquee.Newsroom.Staff;

/// <summary>Role names as people type them (lower case) and the ladder policies climb: each role can do what those below it can.</summary>
public static class StaffRoles
{
    public static IReadOnlyList<StaffRole> All { get; } = Enum.GetValues<StaffRole>();

    public static string Display(this StaffRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The role names a policy accepts when it needs at least this role.</summary>
    public static string[] AtLeast(StaffRole minimum) => [.. All.Where(r => r >= minimum).Select(r => r.ToString())];

    public static StaffRole Parse(string role) =>
        Enum.TryParse<StaffRole>(role, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(role, out _)
            ? parsed
            : throw new ContentValidationException($"role '{role}' is not one of {string.Join(", ", All.Select(Display))}");
}
