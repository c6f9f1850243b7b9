using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Marquee.Media.Renditions;

/// <summary>
/// Photos waiting for renditions, by id. Bounded, so a flood of uploads waits for the workers instead
/// of growing without limit; the database, not this queue, is the record of what is pending. A photo is
/// queued once while it waits and made by one worker at a time: asked for again while it is being made,
/// the same worker makes it once more when done (a new focal point must not be lost, nor made twice at once).
/// </summary>
public sealed class RenditionQueue
{
    private readonly Channel<long> _photos = Channel.CreateBounded<long>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.Wait });
    private readonly Lock _gate = new();
    private readonly HashSet<long> _waiting = [];
    private readonly HashSet<long> _working = [];
    private readonly HashSet<long> _again = [];

    /// <summary>Queues a photo unless it already waits (that turn reads the photo as it is when it comes).</summary>
    public async ValueTask EnqueueAsync(long photoId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_waiting.Add(photoId))
            {
                return;
            }
        }

        try
        {
            await _photos.Writer.WriteAsync(photoId, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                _waiting.Remove(photoId);
            }

            throw;
        }
    }

    /// <summary>Whether this process already has the photo in hand (waiting or being made): the sweep leaves it alone.</summary>
    public bool Holds(long photoId)
    {
        lock (_gate)
        {
            return _waiting.Contains(photoId) || _working.Contains(photoId);
        }
    }

    /// <summary>The photos to make, each claimed for the worker reading it until it calls <see cref="Release"/>.</summary>
    public async IAsyncEnumerable<long> ClaimAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var photoId in _photos.Reader.ReadAllAsync(cancellationToken))
        {
            if (TryClaim(photoId))
            {
                yield return photoId;
            }
        }
    }

    /// <summary>Done with a photo; true when it was asked for again meanwhile, and the caller is to make it once more.</summary>
    public bool Release(long photoId)
    {
        lock (_gate)
        {
            if (_again.Remove(photoId))
            {
                return true;
            }

            _working.Remove(photoId);
            return false;
        }
    }

    private bool TryClaim(long photoId)
    {
        lock (_gate)
        {
            _waiting.Remove(photoId);
            if (_working.Add(photoId))
            {
                return true;
            }

            _again.Add(photoId);
            return false;
        }
    }
}
