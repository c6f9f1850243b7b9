using Marquee.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Platform.Caching;

/// <summary>
/// The cache side of a content write: collects the tags a change touches, logs them in the same
/// transaction (so other nodes and a running server follow a CLI import), and evicts locally on commit.
/// </summary>
public sealed class ContentChanges(MarqueeDbContext db, IOutputCacheStore store, TimeProvider clock, OwnEvictions own, IEnumerable<ICommittedChangeObserver> observers, IEnumerable<IEvictionListener> listeners)
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);
    private CacheEviction? _logged;

    public IReadOnlyCollection<string> PendingTags => _tags;

    public void Touch(params IEnumerable<string> tags) => _tags.UnionWith(tags);

    /// <summary>Saves the change with its eviction-log row; call inside the caller's transaction.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (_tags.Count > 0)
        {
            _tags.Add(CacheTags.AnyContent);
            _logged = db.CacheEvictions.Add(new CacheEviction { Tags = string.Join(' ', _tags), CreatedAt = clock.GetUtcNow().UtcDateTime }).Entity;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>After a rollback: the touched tags and the log row go with the transaction.</summary>
    public void Discard()
    {
        _tags.Clear();
        _logged = null;
    }

    /// <summary>After commit: this node stops serving what changed at once, without waiting for the log; then the observers hear of it.</summary>
    public async Task EvictCommittedAsync(CancellationToken cancellationToken)
    {
        if (_logged is not null)
        {
            own.Add(_logged.Id);
            _logged = null;
        }

        foreach (var listener in listeners)
        {
            listener.Evicted(_tags);
        }

        foreach (var tag in _tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }

        if (_tags.Count > 0)
        {
            var committed = _tags.ToArray();
            foreach (var observer in observers)
            {
                observer.Committed(committed);
            }
        }

        _tags.Clear();
    }
}
