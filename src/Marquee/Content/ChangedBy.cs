namespace Marquee.Content;

/// <summary>Who made a change, for revisions and the audit log: a staff user, or the system acting alone (no staff id).</summary>
public sealed record ChangedBy(long? StaffUserId, string Name)
{
    public static ChangedBy Import { get; } = new(null, "import");

    public static ChangedBy Scheduler { get; } = new(null, "scheduler");
}
