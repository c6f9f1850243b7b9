using Marquee.Platform.Caching;

namespace Marquee.Platform.Redis;

/// <summary>
/// This node's copies of pages from the shared Redis page cache, as the output cache stores them. Bounded by
/// Marquee:OutputCache:NodeMemoryMegabytes.
/// </summary>
internal sealed class NodePageCopies(long capacityBytes, TimeProvider clock) : TaggedCopies<byte[]>(capacityBytes, clock)
{
    public void Keep(string key, byte[] value, IReadOnlyCollection<string> tags, DateTimeOffset expiresAt, long evictionsBefore) =>
        Keep(key, value, value.Length, tags, expiresAt, evictionsBefore);
}
