namespace Marquee.Newsroom.Staff;

/// <summary>A newsroom login. Minimal for now: the newsroom issue moves it onto ASP.NET Core Identity.</summary>
public sealed class StaffUser
{
    public long Id { get; set; }

    public required string Email { get; set; }

    public required string Name { get; set; }

    public StaffRole Role { get; set; }

    public required string PasswordHash { get; set; }

    public DateTime CreatedAt { get; set; }
}
