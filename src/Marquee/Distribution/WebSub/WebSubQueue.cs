using System.Threading.Channels;
using Marquee.Platform;
using Marquee.Platform.Caching;
using Microsoft.Extensions.Options;

namespace Marquee.Distribution.WebSub;

/// <summary>
/// Hands committed changes to <see cref="WebSubPublisher"/> without slowing the save: a bounded queue
/// that drops the oldest change set rather than grow when nothing drains it (a hub that hangs, a CLI
/// run that starts no background services).
/// </summary>
public sealed class WebSubQueue(IOptions<MarqueeOptions> options) : ICommittedChangeObserver
{
    private const int Capacity = 1000;

    private readonly Channel<IReadOnlyCollection<string>> _changes = Channel.CreateBounded<IReadOnlyCollection<string>>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<IReadOnlyCollection<string>> Changes => _changes.Reader;

    public void Committed(IReadOnlyCollection<string> tags)
    {
        if (options.Value.WebSub.HubUrl is not null)
        {
            _changes.Writer.TryWrite(tags);
        }
    }
}
