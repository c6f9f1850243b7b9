using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>A newsroom login on ASP.NET Core Identity, with the display name and the one role Ghost's model gives each person.</summary>
public sealed class StaffUser : IdentityUser<long>
{
    public const int MaxNameLength = 200;

    /// <summary>How bylines and greetings name the person; empty until an invitee accepts.</summary>
    public required string Name { get; set; }

    public StaffRole Role { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set by an administrator: a disabled user cannot sign in and their sessions end.</summary>
    public DateTime? DisabledAt { get; set; }

    /// <summary>Invited but not yet accepted: the invitee chooses the password.</summary>
    public bool IsInvited => PasswordHash is null;
}
