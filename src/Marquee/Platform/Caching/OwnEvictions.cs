using System.Collections.Concurrent;

namespace Marquee.Platform.Caching;

/// <summary>
/// The eviction-log rows this process wrote and already evicted on commit, so its log follower skips
/// them: evicting twice would throw away pages rendered in between, and a conditional request for one
/// of them would get the whole page instead of 304.
/// </summary>
public sealed class OwnEvictions
{
    private readonly ConcurrentDictionary<long, byte> _ids = new();

    public void Add(long id) => _ids.TryAdd(id, 0);

    /// <summary>True, once, for a row this process wrote.</summary>
    public bool TakeIfOwn(long id) => _ids.TryRemove(id, out _);

    /// <summary>Drops rows the follower has passed without meeting (written before it started, or read before they were added).</summary>
    public void ForgetUpTo(long id)
    {
        foreach (var old in _ids.Keys.Where(k => k <= id))
        {
            _ids.TryRemove(old, out _);
        }
    }
}
