using System.Threading.Channels;

namespace Marquee.Platform.Caching;

/// <summary>
/// Hands committed changes to a background <see cref="CommittedChangeDrain{TQueue}"/> without slowing the
/// save: a bounded queue that drops the oldest change set rather than grow when nothing drains it (an
/// endpoint that hangs, a CLI run that starts no background services).
/// </summary>
public abstract class CommittedChangeQueue : ICommittedChangeObserver
{
    private const int Capacity = 1000;

    private readonly Channel<IReadOnlyCollection<string>> _changes = Channel.CreateBounded<IReadOnlyCollection<string>>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<IReadOnlyCollection<string>> Changes => _changes.Reader;

    /// <summary>Whether anyone is configured to hear of changes; when not, nothing is queued.</summary>
    protected abstract bool IsWanted { get; }

    public void Committed(IReadOnlyCollection<string> tags)
    {
        if (IsWanted)
        {
            _changes.Writer.TryWrite(tags);
        }
    }
}
