using Marquee.Content;
using Marquee.Content.Photos;
using Marquee.Media.Files;
using Marquee.Media.Photos;
using Marquee.Media.Renditions;
using Marquee.Newsroom.Access;
using Marquee.Storage;

namespace Marquee.Newsroom.Photos;

/// <summary>
/// The newsroom's writes to a library photo: its metadata (the articles' copies refreshed and every page
/// showing it evicted in the same transaction), a retry of failed renditions, and deletion of an unused photo.
/// </summary>
public sealed class EditPhoto(
    ContentTransaction transaction,
    MarqueeDbContext db,
    TrackedPhotos photos,
    IPhotoUsages usages,
    ArticlePhotoCopies copies,
    RenditionQueue renditions,
    RenditionSchedule schedule,
    PhotoFiles files)
{
    public async Task SaveAsync(long id, PhotoMetadata metadata, CancellationToken cancellationToken)
    {
        if (PhotoMetadataRules.Problems(metadata) is { Count: > 0 } problems)
        {
            throw new ContentValidationException(string.Join("; ", problems));
        }

        var remake = await transaction.RunAsync(
            async token =>
            {
                var photo = await FindTrackedAsync(id, token);
                var focus = (photo.FocalX, photo.FocalY);
                PhotoMetadataRules.Apply(metadata, photo);
                await EnsurePublishableWhileInUseAsync(photo, token);
                var moved = focus != (photo.FocalX, photo.FocalY);
                if (moved)
                {
                    photo.RequestRenditions(schedule.RequestedNow());
                }

                await copies.RefreshAsync(photo, token);
                return moved;
            },
            cancellationToken);
        if (remake)
        {
            await renditions.EnqueueAsync(id, cancellationToken);
        }
    }

    /// <summary>Makes the renditions again now, with a fresh count of attempts: after a failure for good, or without waiting for the next automatic retry (decision 0024).</summary>
    public async Task RetryRenditionsAsync(long id, CancellationToken cancellationToken)
    {
        await transaction.RunAsync(
            async token =>
            {
                (await FindTrackedAsync(id, token)).RequestRenditions(schedule.RequestedNow());
                await db.SaveChangesAsync(token);
                return id;
            },
            cancellationToken);
        await renditions.EnqueueAsync(id, cancellationToken);
    }

    /// <summary>Removes an unused photo's row, then its renditions and original; refused, naming every use, while anything uses it.</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var photo = await transaction.RunAsync(
            async token =>
            {
                var photo = await FindTrackedAsync(id, token);
                if ((await UsesAsync(id, token)).ToList() is { Count: > 0 } uses)
                {
                    throw new ContentValidationException($"photo {id} is in use, so it cannot be deleted: {Describe(uses)}");
                }

                photos.Remove(photo);
                return photo;
            },
            cancellationToken);
        await files.DeleteAllAsync(photo, cancellationToken);
    }

    /// <summary>A photo shown on a published page keeps what publishing requires.</summary>
    private async Task EnsurePublishableWhileInUseAsync(Photo photo, CancellationToken cancellationToken)
    {
        var missing = PhotoPublishing.Missing(photo);
        if (missing.Count == 0)
        {
            return;
        }

        var published = (await UsesAsync(photo.Id, cancellationToken)).Where(u => u.IsPublished).ToList();
        if (published.Count > 0)
        {
            throw new ContentValidationException($"{string.Join(" and ", missing)} cannot be removed while published articles use this photo: {Describe(published)}");
        }
    }

    /// <summary>Read inside the write's own transaction, so a use committed meanwhile is seen.</summary>
    private async Task<IEnumerable<PhotoUse>> UsesAsync(long id, CancellationToken cancellationToken) =>
        (await usages.OfAsync([id], cancellationToken))[id];

    private static string Describe(IEnumerable<PhotoUse> uses) =>
        string.Join("; ", uses.Select(u => $"{u.How} of \u201c{u.Headline}\u201d ({NewsroomPaths.Article(u.ArticleId)})"));

    private async Task<Photo> FindTrackedAsync(long id, CancellationToken cancellationToken) =>
        await photos.FindAsync(id, cancellationToken)
            ?? throw new ContentValidationException($"photo {id} does not exist");
}
