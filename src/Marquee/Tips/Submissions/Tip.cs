namespace Marquee.Tips.Submissions;

/// <summary>
/// One tip as stored: its message and contact sealed under the tip's own content key, which exists only wrapped for
/// each tip editor's public key (<see cref="TipKeyWrap"/>). What is in the clear says nothing of what the source wrote.
/// </summary>
public sealed class Tip
{
    public long Id { get; set; }

    /// <summary>BLAKE2b of the receipt code shown once to the source, in hex: the database cannot give the code back.</summary>
    public required string ReceiptHash { get; set; }

    public TipState State { get; set; }

    /// <summary>The earlier tip whose receipt code the source gave: a follow-up is a tip of its own, sealed the same way.</summary>
    public long? FollowUpOfTipId { get; set; }

    public long? AssignedToStaffUserId { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>When retention shreds it: its key wraps first, then its ciphertext.</summary>
    public DateTime DeleteAfter { get; set; }

    /// <summary>The nonce, then the message and contact sealed with XChaCha20-Poly1305 under the content key.</summary>
    public required byte[] SealedMessage { get; set; }

    public int FileCount { get; set; }
}
