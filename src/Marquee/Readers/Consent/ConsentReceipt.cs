namespace Marquee.Readers.Consent;

/// <summary>A signed-in reader's consent decision as the banner stored it: when (server time), under which policy version, what was allowed.</summary>
public sealed class ConsentReceipt
{
    public long Id { get; set; }

    public long ReaderId { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string PolicyVersion { get; set; }

    public bool Analytics { get; set; }

    public bool Advertising { get; set; }

    /// <summary>The browser sent Global Privacy Control, so advertising was off whatever was clicked.</summary>
    public bool GlobalPrivacyControl { get; set; }
}
