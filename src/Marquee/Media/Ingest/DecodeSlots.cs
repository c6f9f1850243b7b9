using Microsoft.Extensions.Options;

namespace Marquee.Media.Ingest;

/// <summary>
/// At most one full-size decode per core (Marquee:Media:DecodeSlots) across upload checks and
/// renditions, so a burst of uploads queues instead of exhausting memory.
/// </summary>
public sealed class DecodeSlots(IOptions<MediaOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.EffectiveDecodeSlots);

    public int Count { get; } = options.Value.EffectiveDecodeSlots;

    public async Task<T> RunAsync<T>(Func<T> decode, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(decode, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
