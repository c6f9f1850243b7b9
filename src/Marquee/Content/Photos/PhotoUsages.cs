using Marquee.Content.Articles;
using Marquee.Media.Photos;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Photos;

/// <summary>
/// Where library photos are used: today articles' feature images. Every kind of use adds its query here
/// (galleries add their photos), so where-used lists, the "unused" filter, deletion and licence expiry agree.
/// </summary>
public sealed class PhotoUsages(MarqueeDbContext db) : IPhotoUsages
{
    private const string AsFeatureImage = "feature image";

    public IQueryable<long> UsedPhotoIds() =>
        db.Articles.Where(a => a.FeaturePhotoId != null).Select(a => a.FeaturePhotoId!.Value);

    public async Task<ILookup<long, PhotoUse>> OfAsync(IReadOnlyCollection<long> photoIds, CancellationToken cancellationToken) =>
        (await db.Articles
            .Where(a => a.FeaturePhotoId != null && photoIds.Contains(a.FeaturePhotoId.Value))
            .OrderBy(a => a.Headline)
            .Select(a => new PhotoUse(a.FeaturePhotoId!.Value, a.Id, a.Headline, a.Slug, a.Status == ArticleStatus.Published, AsFeatureImage))
            .ToListAsync(cancellationToken))
        .ToLookup(use => use.PhotoId);
}
