using Marquee.Media.Files;
using Marquee.Media.Ingest;
using Marquee.Media.Photos;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using NetVips;

namespace Marquee.Media.Renditions;

/// <summary>
/// One photo's renditions for <see cref="RenditionWorker"/>, in a scope of its own: makes and stores them, then
/// records the outcome and evicts the pages showing the photo in one transaction, unless the photo was asked for again meanwhile.
/// </summary>
internal sealed class RenditionRun(
    MarqueeDbContext db,
    ContentChanges changes,
    RenditionSchedule schedule,
    DecodeSlots slots,
    IMediaFiles files,
    ILogger<RenditionWorker> logger)
{
    private const int MaxFailureLength = 2000;

    public async Task MakeAsync(long id, CancellationToken stoppingToken)
    {
        var photo = await db.Photos.AsTracking().FirstOrDefaultAsync(p => p.Id == id, stoppingToken);
        if (photo is null || photo.RenditionsMadeAt is not null || photo.RenditionsFailedForGood)
        {
            return;
        }

        var requested = photo.RenditionsDueAt;
        var failure = await TryWriteAsync(photo, stoppingToken);
        await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
        if (!await StillAsRequestedAsync(db, id, requested, stoppingToken))
        {
            logger.LogInformation("Photo {PhotoId} was asked for again while its renditions were made (a new focal point, a retry); the new request stands", id);
            return;
        }

        if (failure is null)
        {
            photo.RenditionsMade(schedule.Now());
        }
        else
        {
            Failed(photo, failure);
        }

        // Pages showing the photo render from the new files now (a new focal point's crops, a retry's renditions).
        changes.Touch(CacheTags.Photo(id));
        await changes.SaveAsync(stoppingToken);
        await transaction.CommitAsync(stoppingToken);
        await changes.EvictCommittedAsync(stoppingToken);
    }

    /// <summary>Makes and stores the renditions; the failure, if any, to record.</summary>
    private async Task<Exception?> TryWriteAsync(Photo photo, CancellationToken stoppingToken)
    {
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

            return null;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return failure;
        }
        finally
        {
            File.Delete(original);
        }
    }

    /// <summary>
    /// Whether the request these renditions answer is still the photo's latest (a new focal point or a retry while
    /// they were made sets a new due time, and their outcome must not mark that one done). The no-op update holds
    /// the row for this transaction, so such a request waits for the commit and then stands.
    /// </summary>
    private static async Task<bool> StillAsRequestedAsync(MarqueeDbContext db, long id, DateTime? requested, CancellationToken stoppingToken) =>
        await db.Photos.Where(p => p.Id == id && p.RenditionsDueAt == requested)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.RenditionsDueAt, x => x.RenditionsDueAt), stoppingToken) == 1;

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
