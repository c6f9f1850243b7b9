namespace Marquee.Tips.Inbox;

/// <summary>
/// The tip desk's audit log: who did what to which tip, and when, never what a tip says. Kept after the tip is shredded
/// (no foreign key), so the log still shows that retention deleted it.
/// </summary>
public sealed class TipEvent
{
    public long Id { get; set; }

    public long? TipId { get; set; }

    public long? StaffUserId { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public DateTime At { get; set; }
}
