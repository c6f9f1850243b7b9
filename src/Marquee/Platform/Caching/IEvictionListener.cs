namespace Marquee.Platform.Caching;

/// <summary>
/// Hears every set of cache tags evicted on this node: at commit for its own changes, and when it
/// follows the eviction log for changes made elsewhere. For in-memory copies of content beside the page cache.
/// </summary>
public interface IEvictionListener
{
    void Evicted(IReadOnlyCollection<string> tags);
}
