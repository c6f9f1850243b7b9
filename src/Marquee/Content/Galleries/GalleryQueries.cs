using Marquee.Media.Photos;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Galleries;

/// <summary>
/// How pages read galleries' photos. Only photos whose licence still runs are shown (numbering follows
/// what is shown); the cover is the chosen photo while it may be shown, else the first shown.
/// </summary>
public sealed class GalleryQueries(MarqueeDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<GalleryPhoto>> PhotosAsync(long articleId, CancellationToken cancellationToken) =>
        (await PhotosAsync([articleId], cancellationToken))[articleId].ToList();

    /// <summary>The cover of each gallery among <paramref name="articleIds"/> that shows any photo, in one query.</summary>
    public async Task<IReadOnlyDictionary<long, GalleryCover>> CoversAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken) =>
        articleIds.Count == 0
            ? new Dictionary<long, GalleryCover>()
            : (await PhotosAsync(articleIds, cancellationToken)).ToDictionary(g => g.Key, g => new GalleryCover(CoverOf(g), g.Count()));

    /// <summary>The chosen cover while it may be shown, else the first photo shown.</summary>
    public static Photo CoverOf(IEnumerable<GalleryPhoto> shown) => (shown.FirstOrDefault(p => p.IsCover) ?? shown.First()).Photo;

    /// <summary>The photos each gallery shows, in order, in one query.</summary>
    public async Task<ILookup<long, GalleryPhoto>> PhotosAsync(IReadOnlyList<long> articleIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var items = await db.Set<GalleryItem>()
            .Where(i => articleIds.Contains(i.ArticleId) && (i.Photo.LicenceExpiresAt == null || i.Photo.LicenceExpiresAt > now))
            .OrderBy(i => i.ArticleId).ThenBy(i => i.Position)
            .Select(i => new { i.ArticleId, i.Photo, i.Caption, i.IsCover })
            .ToListAsync(cancellationToken);
        return items.ToLookup(i => i.ArticleId, i => new GalleryPhoto(i.Photo, i.Caption ?? i.Photo.Caption, i.IsCover));
    }
}
