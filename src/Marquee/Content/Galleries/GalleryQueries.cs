using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Media.Photos;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Galleries;

/// <summary>
/// How pages read galleries' photos. Only photos whose licence still runs are shown (numbering follows
/// what is shown); the cover is the chosen photo while it may be shown, else the first shown.
/// </summary>
public sealed class GalleryQueries(MarqueeDbContext db, EmbeddedGalleries embedded, TimeProvider clock)
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

    /// <summary>What the gallery embeds of a rendered body show now, following renamed galleries; none without a query when it embeds nothing.</summary>
    public async Task<GalleryEmbedsFound> EmbedsAsync(string bodyHtml, CancellationToken cancellationToken)
    {
        var slugs = GalleryEmbeds.SlugsIn(bodyHtml);
        if (slugs.Count == 0)
        {
            return GalleryEmbedsFound.None;
        }

        var targets = await embedded.ResolveAsync(slugs, cancellationToken);
        var ids = targets.ByEmbeddedSlug.Values.Select(g => g.Id).Distinct().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var named = await db.Articles.Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Headline, a.Status, a.PublishedAt })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var covers = await CoversAsync(named.Values.Where(g => Article.IsPublicAt(g.Status, g.PublishedAt, now)).Select(g => g.Id).ToList(), cancellationToken);
        var cards = targets.ByEmbeddedSlug.Where(t => covers.ContainsKey(t.Value.Id))
            .ToDictionary(t => t.Key, t => new GalleryEmbedCard(t.Value.Slug, named[t.Value.Id].Headline, covers[t.Value.Id]));
        var tags = targets.CacheTagsOf(slugs).Concat(cards.Values.Select(c => CacheTags.Photo(c.Cover.Photo.Id)));
        return new GalleryEmbedsFound(cards, [.. tags.Distinct()]);
    }

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
