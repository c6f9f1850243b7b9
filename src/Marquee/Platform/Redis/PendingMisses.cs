using System.Collections.Concurrent;

namespace Marquee.Platform.Redis;

/// <summary>
/// What a store knew when a key missed (an eviction count, a Redis time), kept until the render of that key is written,
/// so the write can tell whether an eviction overtook it. The first miss of a key counts: it is the oldest render's.
/// </summary>
internal sealed class PendingMisses
{
    /// <summary>Misses never followed by a write (errors, uncacheable answers) must not pile up: past this many, forget them all.</summary>
    private const int Limit = 10_000;

    private readonly ConcurrentDictionary<string, long> _missedAt = new(StringComparer.Ordinal);

    public void Note(string key, long stamp)
    {
        if (_missedAt.Count >= Limit)
        {
            _missedAt.Clear();
        }

        _missedAt.TryAdd(key, stamp);
    }

    /// <summary>The stamp of the key's miss, forgotten once taken; null when none is known (never missed, or forgotten).</summary>
    public long? Take(string key) => _missedAt.TryRemove(key, out var stamp) ? stamp : null;
}
