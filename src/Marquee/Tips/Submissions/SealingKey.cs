namespace Marquee.Tips.Submissions;

/// <summary>A tip editor's public key as /tips/keys gives it to the source's browser, which wraps a tip's key for it.</summary>
public sealed record SealingKey(long Id, string PublicKey);
