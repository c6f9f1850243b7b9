using System.Collections.Concurrent;

namespace Marquee.Platform.Caching;

/// <summary>
/// Copies of pages in this node's memory, each with the cache tags it was stored under, so that an
/// eviction heard by tag drops them. Bounded: a copy that does not fit pushes out expired and least
/// recently read copies; a copy is never served past its time to live.
/// </summary>
public abstract class TaggedCopies<T>(long capacityBytes, TimeProvider clock) : IEvictionListener
    where T : class
{
    /// <summary>Roughly what a copy costs beside its bytes: the dictionary entry, the record and its tag sets.</summary>
    private const int Overhead = 160;

    private readonly ConcurrentDictionary<string, PageCopy> _copies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _keysByTag = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _bytes;
    private long _evictions;

    /// <summary>The latest evictions heard, by number, with their tags: enough to cover any render in progress.</summary>
    private const int RecentEvictions = 1024;

    private readonly Queue<(long Number, string[] Tags)> _recent = new();

    public long CapacityBytes => capacityBytes;

    public long Bytes => Interlocked.Read(ref _bytes);

    public int Count => _copies.Count;

    /// <summary>How many evictions this node has heard; a page read elsewhere before the next one must not be kept after it.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    public T? Get(string key)
    {
        if (!_copies.TryGetValue(key, out var copy))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcTicks;
        if (copy.ExpiresAt <= now)
        {
            lock (_gate)
            {
                RemoveIfCurrent(key, copy);
            }

            return null;
        }

        Volatile.Write(ref copy.LastRead, now);
        return copy.Value;
    }

    /// <summary>
    /// Keeps a copy unless an eviction of one of its tags was heard since <paramref name="evictionsBefore"/>
    /// (what was read may predate it, and its tags are then gone from the index) or it is larger than the whole tier.
    /// </summary>
    protected void Keep(string key, T value, long valueBytes, IReadOnlyCollection<string> tags, DateTimeOffset expiresAt, long evictionsBefore)
    {
        var size = Overhead + valueBytes + (2L * key.Length) + tags.Sum(tag => Overhead + (2L * tag.Length));
        var now = clock.GetUtcNow().UtcTicks;
        if (size > capacityBytes || expiresAt.UtcTicks <= now)
        {
            return;
        }

        lock (_gate)
        {
            if (Overtaken(evictionsBefore, tags))
            {
                return;
            }

            if (_copies.TryGetValue(key, out var old))
            {
                RemoveIfCurrent(key, old);
            }

            MakeRoom(size, now);
            var copy = new PageCopy(value, [.. tags], expiresAt.UtcTicks, size) { LastRead = now };
            _copies[key] = copy;
            Interlocked.Add(ref _bytes, size);
            foreach (var tag in copy.Tags)
            {
                if (!_keysByTag.TryGetValue(tag, out var keys))
                {
                    _keysByTag[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(key);
            }
        }
    }

    /// <summary>
    /// Whether an eviction heard since <paramref name="evictionsBefore"/> touched one of <paramref name="tags"/>: a page read
    /// or rendered before it may show what changed. Only those count, or on a busy night most renders would be thrown away.
    /// </summary>
    public bool EvictedSince(long evictionsBefore, IReadOnlyCollection<string> tags)
    {
        lock (_gate)
        {
            return Overtaken(evictionsBefore, tags);
        }
    }

    public void Evicted(IReadOnlyCollection<string> tags)
    {
        lock (_gate)
        {
            _recent.Enqueue((Interlocked.Increment(ref _evictions), [.. tags]));
            if (_recent.Count > RecentEvictions)
            {
                _recent.Dequeue();
            }

            foreach (var tag in tags)
            {
                if (_keysByTag.Remove(tag, out var keys))
                {
                    foreach (var key in keys)
                    {
                        if (_copies.TryGetValue(key, out var copy))
                        {
                            RemoveIfCurrent(key, copy);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Under the gate; one older than the evictions remembered counts as touching everything.</summary>
    private bool Overtaken(long evictionsBefore, IReadOnlyCollection<string> tags) =>
        _evictions != evictionsBefore
        && (_recent.Count == 0 || _recent.Peek().Number > evictionsBefore + 1
            || _recent.Any(eviction => eviction.Number > evictionsBefore && eviction.Tags.Any(tags.Contains)));

    /// <summary>Frees down to three quarters of the capacity, so that a full tier does not sort its copies on every write.</summary>
    private void MakeRoom(long size, long now)
    {
        if (Bytes + size <= capacityBytes)
        {
            return;
        }

        var target = (capacityBytes * 3 / 4) - size;
        foreach (var (key, copy) in _copies.OrderBy(c => c.Value.ExpiresAt > now).ThenBy(c => Volatile.Read(ref c.Value.LastRead)).ToList())
        {
            if (Bytes <= target)
            {
                return;
            }

            RemoveIfCurrent(key, copy);
        }
    }

    /// <summary>Under the gate: removes the copy and its place in the tag index, unless a newer copy has replaced it.</summary>
    private void RemoveIfCurrent(string key, PageCopy copy)
    {
        if (!_copies.TryRemove(new KeyValuePair<string, PageCopy>(key, copy)))
        {
            return;
        }

        Interlocked.Add(ref _bytes, -copy.Size);
        foreach (var tag in copy.Tags)
        {
            if (_keysByTag.TryGetValue(tag, out var keys) && keys.Remove(key) && keys.Count == 0)
            {
                _keysByTag.Remove(tag);
            }
        }
    }

    private sealed class PageCopy(T value, string[] tags, long expiresAt, long size)
    {
        public long LastRead;

        public T Value { get; } = value;

        public string[] Tags { get; } = tags;

        public long ExpiresAt { get; } = expiresAt;

        public long Size { get; } = size;
    }
}
