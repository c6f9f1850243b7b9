using Marquee.Media.Files;
using Marquee.Media.Photos;
using Marquee.Media.Renditions;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Media.Ingest;

/// <summary>
/// Takes an upload (a stream, its file name for messages only, and what the uploader says about it)
/// and returns the stored photo or why it was refused. Every check runs before anything is stored;
/// the original is kept private and only renditions are served (docs/decisions/0018).
/// </summary>
public sealed class PhotoIngest(
    MarqueeDbContext db,
    IMediaFiles files,
    DecodeSlots slots,
    RenditionQueue renditions,
    RenditionSchedule schedule,
    IOptions<MediaOptions> options,
    TimeProvider clock)
{
    public async Task<IngestResult> IngestAsync(Stream content, string fileName, PhotoMetadata metadata, CancellationToken cancellationToken)
    {
        var problems = PhotoMetadataRules.Problems(metadata);
        if (problems.Count > 0)
        {
            return IngestResult.Refused(fileName, string.Join("; ", problems));
        }

        try
        {
            await using var upload = await BoundedUpload.ReadAsync(content, options.Value.MaxUploadBytes, cancellationToken);
            var format = ImageSniffer.Recognise(await upload.HeadAsync(cancellationToken));
            if (await FindAsync(upload.ContentHash, cancellationToken) is { } existing)
            {
                return IngestResult.Stored(existing);
            }

            var (width, height) = await slots.RunAsync(() => ImageInspector.Inspect(upload.Path, format, options.Value), cancellationToken);
            var photo = new Photo { ContentHash = upload.ContentHash, OriginalFormat = format, Width = width, Height = height, CreatedBy = metadata.CreatedBy, CreatedAt = StoredValues.Time(clock.GetUtcNow().UtcDateTime) };
            PhotoMetadataRules.Apply(metadata, photo);
            photo.RequestRenditions(schedule.RequestedNow());
            // The original is in place before its row commits: a crash between leaves a file no row claims, which
            // UnclaimedFileSweep removes, never a row without its original (decision 0032).
            await StoreOriginalAsync(upload, photo, cancellationToken);
            return IngestResult.Stored(await SaveAsync(photo, cancellationToken));
        }
        catch (UploadRefusedException refused)
        {
            return IngestResult.Refused(fileName, refused.Message);
        }
    }

    /// <summary>The new photo, or the one a simultaneous upload of the same bytes saved first (the unique hash refused ours).</summary>
    private async Task<Photo> SaveAsync(Photo photo, CancellationToken cancellationToken)
    {
        db.Photos.Add(photo);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(photo).State = EntityState.Detached;
            var first = await FindAsync(photo.ContentHash, cancellationToken);
            if (first is null)
            {
                throw;
            }

            return first;
        }

        await renditions.EnqueueAsync(photo.Id, cancellationToken);
        return photo;
    }

    private Task<Photo?> FindAsync(string contentHash, CancellationToken cancellationToken) =>
        db.Photos.FirstOrDefaultAsync(p => p.ContentHash == contentHash, cancellationToken);

    private async Task StoreOriginalAsync(BoundedUpload upload, Photo photo, CancellationToken cancellationToken)
    {
        await using var original = File.OpenRead(upload.Path);
        await files.PutAsync(photo.OriginalKey, original, "application/octet-stream", cancellationToken);
    }
}
