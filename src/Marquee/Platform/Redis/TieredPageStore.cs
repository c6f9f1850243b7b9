using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Platform.Redis;

/// <summary>
/// The page cache with Redis: this node's memory first, then the shared Redis store; a page read from
/// Redis or rendered here is kept in memory too. An eviction by tag is heard in memory, empties Redis, and empties memory
/// again after, so a read that raced it either is dropped by it or sees it and keeps nothing. Other nodes'
/// evictions reach the memory tier through <see cref="NodePageCopies"/> as an eviction listener.
/// The output cache reads through <see cref="IOutputCacheStore.GetAsync"/> only, and writes through the
/// byte[] overload when the store is not an IOutputCacheBufferStore: that array is what memory keeps.
/// A render that missed before an eviction of one of its tags this node has heard since is stored nowhere: it may show what changed.
/// One overtaken by an eviction this node has not heard yet is refused by Redis itself (<see cref="RedisPageStore"/>).
/// </summary>
internal sealed class TieredPageStore(IOutputCacheStore shared, NodePageCopies local, TimeProvider clock) : IOutputCacheStore
{
    private readonly PendingMisses _misses = new();

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (local.Get(key) is { } copy)
        {
            return copy;
        }

        var evictionsBefore = local.Evictions;
        var stored = await shared.GetAsync(key, cancellationToken);
        var page = stored is null ? null : SharedPage.From(stored);
        if (stored is null)
        {
            _misses.Note(key, evictionsBefore);
            return null;
        }

        if (page is null)
        {
            return stored;
        }

        local.Keep(key, page.Payload, page.Tags, page.ExpiresAt, evictionsBefore);
        return page.Payload;
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var page = new SharedPage(value, tags ?? [], clock.GetUtcNow() + validFor);
        var evictions = local.Evictions;
        var since = _misses.Take(key) ?? evictions;
        if (local.EvictedSince(since, page.Tags))
        {
            return;
        }

        local.Keep(key, page.Payload, page.Tags, page.ExpiresAt, evictions);
        await shared.SetAsync(key, page.ToBytes(), page.Tags, validFor, cancellationToken);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        // Heard before Redis is emptied as well as after: a read racing the emptying keeps nothing in memory.
        local.Evicted([tag]);
        try
        {
            await shared.EvictByTagAsync(tag, cancellationToken);
        }
        finally
        {
            // Even when Redis is away, this node must stop serving what changed.
            local.Evicted([tag]);
        }
    }
}
