using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Platform.Redis;

/// <summary>
/// The page cache with Redis: this node's memory first, then the shared Redis store; a page read from
/// Redis or rendered here is kept in memory too. An eviction by tag is heard in memory, empties Redis, and empties memory
/// again after, so a read that raced it either is dropped by it or sees it and keeps nothing. Other nodes'
/// evictions reach the memory tier through <see cref="NodePageCopies"/> as an eviction listener.
/// The output cache reads through <see cref="IOutputCacheStore.GetAsync"/> only, and writes through the
/// byte[] overload when the store is not an IOutputCacheBufferStore: that array is what memory keeps.
/// A render that missed before an eviction of one of its tags this node has heard since is stored nowhere: it may show what changed;
/// one overtaken while its Redis write was on its way is overwritten there by a tombstone.
/// </summary>
internal sealed class TieredPageStore(IOutputCacheStore shared, NodePageCopies local, TimeProvider clock) : IOutputCacheStore
{
    /// <summary>Misses never followed by a store (errors, uncacheable answers) must not pile up: past this many, forget them all.</summary>
    private const int MaxPendingMisses = 10_000;

    private static readonly TimeSpan TombstoneLifetime = TimeSpan.FromSeconds(1);

    /// <summary>Already expired when written: every node reads it as a miss.</summary>
    private static readonly byte[] Tombstone = new SharedPage([], [], DateTimeOffset.UnixEpoch).ToBytes();

    private readonly ConcurrentDictionary<string, long> _missedAt = new(StringComparer.Ordinal);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (local.Get(key) is { } copy)
        {
            return copy;
        }

        var evictionsBefore = local.Evictions;
        var stored = await shared.GetAsync(key, cancellationToken);
        var page = stored is null ? null : SharedPage.From(stored);
        // An expired page is a tombstone left by a write an eviction overtook (SetAsync), gone by itself within a second.
        if (stored is null || page?.ExpiresAt <= clock.GetUtcNow())
        {
            if (_missedAt.Count >= MaxPendingMisses)
            {
                _missedAt.Clear();
            }

            _missedAt.TryAdd(key, evictionsBefore);
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
        var since = _missedAt.TryRemove(key, out var missedAt) ? missedAt : evictions;
        if (local.EvictedSince(since, page.Tags))
        {
            return;
        }

        local.Keep(key, page.Payload, page.Tags, page.ExpiresAt, evictions);
        await shared.SetAsync(key, page.ToBytes(), page.Tags, validFor, cancellationToken);
        if (local.EvictedSince(since, page.Tags))
        {
            // An eviction heard while the write was on its way may have emptied Redis before it landed: no node may read it.
            await shared.SetAsync(key, Tombstone, [], TombstoneLifetime, cancellationToken);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        // Heard before Redis is emptied as well as after: a write landing after the emptying re-checks and sees it (SetAsync).
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
