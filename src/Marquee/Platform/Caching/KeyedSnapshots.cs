using System.Collections.Concurrent;

namespace Marquee.Platform.Caching;

/// <summary>
/// A <see cref="TaggedSnapshot{T}"/> per key (an author's or a section's newest stories), each dropped by the tags of what
/// it holds. At most <see cref="MaxKeys"/> are kept: past that every one is dropped at once, read again as asked.
/// </summary>
public abstract class KeyedSnapshots<TKey, T> : IEvictionListener
    where TKey : notnull
    where T : class
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    protected virtual int MaxKeys => 1024;

    public Task<T> GetAsync(TKey key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (_entries.Count >= MaxKeys && !_entries.ContainsKey(key))
        {
            _entries.Clear();
        }

        // Added before its read starts, so an eviction committed during the read reaches it (TaggedSnapshot then keeps nothing).
        return _entries.GetOrAdd(key, k => new Entry(this, k)).GetAsync(read, cancellationToken);
    }

    public void Evicted(IReadOnlyCollection<string> tags)
    {
        foreach (var entry in _entries.Values)
        {
            entry.Evicted(tags);
        }
    }

    /// <summary>The cache tags of what <paramref name="value"/>, read for <paramref name="key"/>, shows.</summary>
    protected abstract IEnumerable<string> TagsOf(TKey key, T value);

    private sealed class Entry(KeyedSnapshots<TKey, T> owner, TKey key) : TaggedSnapshot<T>
    {
        protected override IEnumerable<string> TagsOf(T value) => owner.TagsOf(key, value);
    }
}
