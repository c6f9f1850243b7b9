namespace Marquee.Tips.Submissions;

/// <summary>A tip's content key wrapped for one tip key: dropping every wrap of a tip leaves its ciphertext unreadable for good.</summary>
public sealed class TipKeyWrap
{
    public long TipId { get; set; }

    public long TipKeyId { get; set; }

    public required byte[] Wrapped { get; set; }
}
