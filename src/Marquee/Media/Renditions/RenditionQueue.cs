using System.Threading.Channels;

namespace Marquee.Media.Renditions;

/// <summary>
/// Photos waiting for renditions, by id. Bounded, so a flood of uploads waits for the workers instead
/// of growing without limit; the database, not this queue, is the record of what is pending.
/// </summary>
public sealed class RenditionQueue
{
    private readonly Channel<long> _photos = Channel.CreateBounded<long>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.Wait });

    public ValueTask EnqueueAsync(long photoId, CancellationToken cancellationToken) => _photos.Writer.WriteAsync(photoId, cancellationToken);

    public IAsyncEnumerable<long> ReadAllAsync(CancellationToken cancellationToken) => _photos.Reader.ReadAllAsync(cancellationToken);
}
