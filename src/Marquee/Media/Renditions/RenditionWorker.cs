using Marquee.Media.Ingest;
using Marquee.Media.Photos;

namespace Marquee.Media.Renditions;

/// <summary>
/// Makes renditions in the background, one photo per decode slot at a time. At start it queues every
/// photo still pending in the database, so a restart half-way resumes the work; then it sweeps for photos
/// due again (a retry's wait is over, or no node finished them in time), so nothing waits for a restart.
/// Each photo is a <see cref="RenditionRun"/> in a scope of its own. Writing the same names again is harmless, so two
/// nodes doing one photo waste time, never data.
/// </summary>
internal sealed class RenditionWorker(
    RenditionQueue queue,
    RenditionSchedule schedule,
    DecodeSlots slots,
    IServiceScopeFactory scopes,
    ILogger<RenditionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, slots.Count).Select(_ => WorkAsync(stoppingToken)).ToList();
        try
        {
            await QueueAsync(queries => queries.PendingRenditionsAsync(stoppingToken), stoppingToken);
            using var sweep = new PeriodicTimer(schedule.SweepEvery);
            while (await sweep.WaitForNextTickAsync(stoppingToken))
            {
                await QueueAsync(queries => queries.DueRenditionsAsync(stoppingToken), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is unfinished stays due in the database.
        }

        await Task.WhenAll(workers);
    }

    /// <summary>Queues what the database says is to do, skipping photos in hand; a database outage is logged and waits for the next sweep.</summary>
    private async Task QueueAsync(Func<PhotoQueries, Task<IReadOnlyList<long>>> find, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var id in await find(scope.ServiceProvider.GetRequiredService<PhotoQueries>()))
            {
                if (!queue.Holds(id))
                {
                    await queue.EnqueueAsync(id, stoppingToken);
                }
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Could not read the photos waiting for renditions; the next sweep tries again");
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var id in queue.ClaimAllAsync(stoppingToken))
            {
                do
                {
                    await TryMakeAsync(id, stoppingToken);
                }
                while (queue.Release(id));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is unfinished stays due in the database for the next start.
        }
    }

    private async Task TryMakeAsync(long id, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RenditionRun>().MakeAsync(id, stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The database went away before the outcome was recorded: the photo stays due, and a sweep takes it again.
            logger.LogError(error, "Could not record the renditions of photo {PhotoId}; it stays due", id);
        }
    }
}
