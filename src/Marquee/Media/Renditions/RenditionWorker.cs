using Marquee.Media.Files;
using Marquee.Media.Ingest;
using Marquee.Media.Photos;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Media.Renditions;

/// <summary>
/// Makes renditions in the background, one photo per decode slot at a time. At start it queues every
/// photo still pending in the database, so a restart half-way resumes the work (writing the same
/// names again is harmless, so two nodes doing one photo waste time, never data).
/// </summary>
internal sealed class RenditionWorker(
    RenditionQueue queue,
    DecodeSlots slots,
    IMediaFiles files,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<RenditionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, slots.Count).Select(_ => WorkAsync(stoppingToken)).ToList();
        await QueuePendingAsync(stoppingToken);
        await Task.WhenAll(workers);
    }

    /// <summary>Retries until the database answers: a node that starts during an outage must not stop over it.</summary>
    private async Task QueuePendingAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var id in await scope.ServiceProvider.GetRequiredService<PhotoQueries>().PendingRenditionsAsync(stoppingToken))
                {
                    await queue.EnqueueAsync(id, stoppingToken);
                }

                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Could not read the photos waiting for renditions; retrying");
                await Task.Delay(RetryAfter, clock, stoppingToken);
            }
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var id in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await MakeAsync(id, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // The database or storage went away mid-photo: it stays pending for the next start; the worker carries on.
                    logger.LogError(error, "Could not record the renditions of photo {PhotoId}; it stays pending", id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is unfinished stays pending in the database for the next start.
        }
    }

    private async Task MakeAsync(long id, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var photo = await db.Photos.AsTracking().FirstOrDefaultAsync(p => p.Id == id, stoppingToken);
        if (photo is null || photo.RenditionsMadeAt is not null)
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

            photo.RenditionsMadeAt = clock.GetUtcNow().UtcDateTime;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "Renditions of photo {PhotoId} failed", id);
            photo.RenditionFailure = StoredValues.Text(failure.Message[..Math.Min(failure.Message.Length, 2000)]);
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

    private async Task CopyOriginalAsync(Photo photo, string path, CancellationToken stoppingToken)
    {
        await using var source = await files.OpenReadAsync(photo.OriginalKey, stoppingToken)
            ?? throw new InvalidOperationException($"The original of photo {photo.Id} ({photo.OriginalKey}) is missing from media storage.");
        await using var target = File.Create(path);
        await source.CopyToAsync(target, stoppingToken);
    }
}
