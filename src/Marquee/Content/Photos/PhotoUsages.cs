using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Content.Live;
using Marquee.Media.Photos;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Photos;

/// <summary>
/// Where library photos are used: articles' feature images, galleries' photos, photos embedded in bodies and live entries' photos. Every kind of use has its
/// query here, so where-used lists, the "unused" filter and deletion agree.
/// </summary>
public sealed class PhotoUsages(MarqueeDbContext db) : IPhotoUsages
{
    private const string AsFeatureImage = "feature image";
    private const string InGallery = "gallery photo";
    private const string InBody = "inline photo";
    private const string InLiveEntry = "live entry";

    public IQueryable<long> UsedPhotoIds() =>
        db.Articles.Where(a => a.FeaturePhotoId != null).Select(a => a.FeaturePhotoId!.Value)
            .Concat(db.Set<GalleryItem>().Select(i => i.PhotoId))
            .Concat(db.Set<InlinePhoto>().Select(i => i.PhotoId))
            .Concat(db.Set<LiveEntry>().Where(e => e.PhotoId != null).Select(e => e.PhotoId!.Value));

    public async Task<ILookup<long, PhotoUse>> OfAsync(IReadOnlyCollection<long> photoIds, CancellationToken cancellationToken)
    {
        var asFeatureImage = await db.Articles
            .Where(a => a.FeaturePhotoId != null && photoIds.Contains(a.FeaturePhotoId.Value))
            .Select(a => new PhotoUse(a.FeaturePhotoId!.Value, a.Id, a.Headline, a.Slug, a.Status == ArticleStatus.Published, AsFeatureImage, a.CreatedByStaffId))
            .ToListAsync(cancellationToken);
        var inGalleries = await db.Set<GalleryItem>()
            .Where(i => photoIds.Contains(i.PhotoId))
            .Join(db.Articles, i => i.ArticleId, a => a.Id, (i, a) => new PhotoUse(i.PhotoId, a.Id, a.Headline, a.Slug, a.Status == ArticleStatus.Published, InGallery, a.CreatedByStaffId))
            .ToListAsync(cancellationToken);
        var inBodies = await db.Set<InlinePhoto>()
            .Where(i => photoIds.Contains(i.PhotoId))
            .Join(db.Articles, i => i.ArticleId, a => a.Id, (i, a) => new PhotoUse(i.PhotoId, a.Id, a.Headline, a.Slug, a.Status == ArticleStatus.Published, InBody, a.CreatedByStaffId))
            .ToListAsync(cancellationToken);
        // A deleted entry keeps its photo row (cursors and revisions name it), so it still counts as a use.
        var inLiveEntries = await db.Set<LiveEntry>()
            .Where(e => e.PhotoId != null && photoIds.Contains(e.PhotoId.Value))
            .Join(db.Articles, e => e.ArticleId, a => a.Id, (e, a) => new PhotoUse(e.PhotoId!.Value, a.Id, a.Headline, a.Slug, a.Status == ArticleStatus.Published, InLiveEntry, a.CreatedByStaffId))
            .ToListAsync(cancellationToken);
        return asFeatureImage.Concat(inGalleries).Concat(inBodies).Concat(inLiveEntries).OrderBy(use => use.Headline, StringComparer.CurrentCulture).ToLookup(use => use.PhotoId);
    }
}
