namespace Marquee.Tips.Inbox;

/// <summary>A note on a tip, by a tip editor or a source's follow-up (no staff id), sealed under the tip's content key like the tip.</summary>
public sealed class TipNote
{
    public long Id { get; set; }

    public long TipId { get; set; }

    public long? StaffUserId { get; set; }

    public DateTime WrittenAt { get; set; }

    public required byte[] SealedText { get; set; }
}
