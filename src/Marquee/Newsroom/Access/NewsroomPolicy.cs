using Marquee.Newsroom.Staff;

namespace Marquee.Newsroom.Access;

/// <summary>A named permission and the least trusted role that has it.</summary>
public sealed record NewsroomPolicy(string Name, StaffRole MinimumRole);
