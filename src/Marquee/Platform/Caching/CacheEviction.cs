namespace Marquee.Platform.Caching;

/// <summary>
/// A row of the eviction log: written in the same transaction as the content change, so every node
/// (and a server running beside `marquee import`) evicts the pages the change touched.
/// </summary>
public sealed class CacheEviction
{
    public long Id { get; set; }

    /// <summary>Space-separated cache tags.</summary>
    public required string Tags { get; set; }

    public DateTime CreatedAt { get; set; }
}
