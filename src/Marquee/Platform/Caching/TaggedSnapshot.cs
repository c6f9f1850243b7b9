namespace Marquee.Platform.Caching;

/// <summary>
/// One value read from the database and kept in memory until a change touches a cache tag it was read
/// under. For what nearly every page shows and rarely changes (navigation, the Latest rail), so that a
/// page-cache miss does not read it again.
/// </summary>
public abstract class TaggedSnapshot<T> : IEvictionListener
    where T : class
{
    private readonly Lock _gate = new();
    private Held? _held;
    private long _evictions;

    public async Task<T> GetAsync(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var held = Volatile.Read(ref _held);
        if (held is not null)
        {
            return held.Value;
        }

        long evictionsBefore;
        lock (_gate)
        {
            evictionsBefore = _evictions;
        }

        var value = await read(cancellationToken);
        lock (_gate)
        {
            // A change committed while reading may be missing from what was read: serve it this once, keep nothing.
            if (_evictions == evictionsBefore)
            {
                Volatile.Write(ref _held, new Held(value, TagsOf(value).ToHashSet(StringComparer.Ordinal)));
            }
        }

        return value;
    }

    public void Evicted(IReadOnlyCollection<string> tags)
    {
        lock (_gate)
        {
            // With nothing held a read may be under way, and it cannot know its tags yet: count every eviction.
            if (_held is null || tags.Any(_held.Tags.Contains))
            {
                _evictions++;
                Volatile.Write(ref _held, null);
            }
        }
    }

    /// <summary>The cache tags of what <paramref name="value"/> shows; a change to any of them drops it.</summary>
    protected abstract IEnumerable<string> TagsOf(T value);

    private sealed record Held(T Value, HashSet<string> Tags);
}
