using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Platform.Caching;

/// <summary>
/// The page cache with the ready pages in front of it: whoever evicts a tag from the page cache (a commit here, the eviction
/// log) drops the ready pages after it, so a page read from the cache before the eviction landed there is never kept as ready.
/// </summary>
internal sealed class ReadyPageEviction(IOutputCacheStore store, ReadyPages ready) : IOutputCacheStore
{
    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => store.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        store.SetAsync(key, value, tags, validFor, cancellationToken);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
        finally
        {
            ready.Evicted([tag]);
        }
    }
}
