namespace Marquee.Tips.Submissions;

/// <summary>A file sent with a tip, stored sealed in the data folder under a random name; its own name and type are inside the seal.</summary>
public sealed class TipFile
{
    public long Id { get; set; }

    public long TipId { get; set; }

    public required string StoredName { get; set; }

    public long SealedBytes { get; set; }
}
