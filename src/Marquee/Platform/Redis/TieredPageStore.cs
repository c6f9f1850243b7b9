using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Platform.Redis;

/// <summary>
/// The page cache with Redis: this node's memory first, then the shared Redis store; a page read from
/// Redis or rendered here is kept in memory too. An eviction by tag empties Redis first and memory
/// second, so a read that raced it either is dropped by it or sees it and keeps nothing. Other nodes'
/// evictions reach the memory tier through <see cref="NodePageCopies"/> as an eviction listener.
/// The output cache reads through <see cref="IOutputCacheStore.GetAsync"/> only, and writes through the
/// byte[] overload when the store is not an IOutputCacheBufferStore: that array is what memory keeps.
/// A render that missed before an eviction of one of its tags this node has heard since is stored nowhere: it may show what changed.
/// </summary>
internal sealed class TieredPageStore(IOutputCacheStore shared, NodePageCopies local, TimeProvider clock) : IOutputCacheStore
{
    /// <summary>Misses never followed by a store (errors, uncacheable answers) must not pile up: past this many, forget them all.</summary>
    private const int MaxPendingMisses = 10_000;

    private readonly ConcurrentDictionary<string, long> _missedAt = new(StringComparer.Ordinal);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (local.Get(key) is { } copy)
        {
            return copy;
        }

        var evictionsBefore = local.Evictions;
        var stored = await shared.GetAsync(key, cancellationToken);
        if (stored is null)
        {
            if (_missedAt.Count >= MaxPendingMisses)
            {
                _missedAt.Clear();
            }

            _missedAt.TryAdd(key, evictionsBefore);
            return null;
        }

        if (SharedPage.From(stored) is not { } page)
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
        if (_missedAt.TryRemove(key, out var missedAt) && local.EvictedSince(missedAt, page.Tags))
        {
            return;
        }

        local.Keep(key, page.Payload, page.Tags, page.ExpiresAt, evictions);
        await shared.SetAsync(key, page.ToBytes(), page.Tags, validFor, cancellationToken);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
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
