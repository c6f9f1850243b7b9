namespace Marquee.Platform.Caching;

/// <summary>
/// Sends what a <see cref="CommittedChangeQueue"/> collects to an outside service in the background:
/// change sets waiting together go out as one call, and a failure is logged, never retried into a storm
/// and never felt by a save.
/// </summary>
public abstract class CommittedChangeDrain<TQueue>(TQueue queue, ILogger logger) : BackgroundService
    where TQueue : CommittedChangeQueue
{
    /// <summary>What the log calls the outside service when a call fails.</summary>
    protected abstract string Destination { get; }

    protected abstract Task SendAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await queue.Changes.WaitToReadAsync(stoppingToken))
        {
            var tags = new HashSet<string>(StringComparer.Ordinal);
            while (queue.Changes.TryRead(out var change))
            {
                tags.UnionWith(change);
            }

            try
            {
                await SendAsync(tags, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(error, "Could not tell {Destination} about a content change", Destination);
            }
        }
    }
}
