using Marquee.Media.Files;
using Marquee.Media.Ingest;
using Marquee.Media.Photos;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using NetVips;

namespace Marquee.Media.Renditions;

/// <summary>
/// Makes renditions in the background, one photo per decode slot at a time. At start it queues every
/// photo still pending in the database, so a restart half-way resumes the work; then it sweeps for photos
/// due again (a retry's wait is over, or no node finished them in time), so nothing waits for a restart.
/// Writing the same names again is harmless, so two nodes doing one photo waste time, never data.
/// </summary>
internal sealed class RenditionWorker(
    RenditionQueue queue,
    RenditionSchedule schedule,
    DecodeSlots slots,
    IMediaFiles files,
    IServiceScopeFactory scopes,
    ILogger<RenditionWorker> logger) : BackgroundService
{
    private const int MaxFailureLength = 2000;

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
            await MakeAsync(id, stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The database went away before the outcome was recorded: the photo stays due, and a sweep takes it again.
            logger.LogError(error, "Could not record the renditions of photo {PhotoId}; it stays due", id);
        }
    }

    private async Task MakeAsync(long id, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var photo = await db.Photos.AsTracking().FirstOrDefaultAsync(p => p.Id == id, stoppingToken);
        if (photo is null || photo.RenditionsMadeAt is not null || photo.RenditionsFailedForGood)
        {
            return;
        }

        var original = Path.Combine(Path.GetTempPath(), $"marquee-original-{Guid.NewGuid():n}");
        try
        {
            await CopyOriginalAsync(photo, original, stoppingToken);
            var made = await slots.RunAsync(() => RenditionWriter.Make(photo, original), stoppingToken);
            foreach (var (rendition, bytes) in made)
            {
                using var content = new MemoryStream(bytes, writable: false);
                await files.PutAsync(rendition.Name, content, rendition.Format.ContentType, stoppingToken);
            }

            photo.RenditionsMade(schedule.Now());
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            Failed(photo, failure);
        }
        finally
        {
            File.Delete(original);
        }

        // Pages showing the photo render from the new files now (a new focal point's crops, a retry's renditions).
        var changes = scope.ServiceProvider.GetRequiredService<ContentChanges>();
        changes.Touch(CacheTags.Photo(id));
        await changes.SaveAsync(stoppingToken);
        await changes.EvictCommittedAsync(stoppingToken);
    }

    /// <summary>Only libvips refusing the original is about the photo itself; storage and database errors pass, so they are retried.</summary>
    private void Failed(Photo photo, Exception failure)
    {
        var transient = failure is not VipsException;
        var retryAt = schedule.RetryAfter(photo.RenditionAttempts + 1, transient);
        logger.LogError(failure, "Renditions of photo {PhotoId} failed (attempt {Attempt}, {Cause}); next attempt {RetryAt}",
            photo.Id, photo.RenditionAttempts + 1, transient ? "transient" : "content", retryAt?.ToString("O") ?? "none");
        photo.RenditionsFailed(StoredValues.Text(failure.Message[..Math.Min(failure.Message.Length, MaxFailureLength)]), retryAt);
    }

    private async Task CopyOriginalAsync(Photo photo, string path, CancellationToken stoppingToken)
    {
        await using var source = await files.OpenReadAsync(photo.OriginalKey, stoppingToken)
            ?? throw new InvalidOperationException($"The original of photo {photo.Id} ({photo.OriginalKey}) is missing from media storage.");
        await using var target = File.Create(path);
        await source.CopyToAsync(target, stoppingToken);
    }
}
