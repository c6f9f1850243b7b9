namespace Marquee.Newsroom.Staff;

/// <summary>Ghost's newsroom roles, from least to most trusted.</summary>
public enum StaffRole
{
    Contributor,
    Author,
    Editor,
    Administrator,
}
