using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Galleries;

/// <summary>
/// Which gallery each <c>{{gallery SLUG}}</c> of some bodies names now: the gallery with that slug, else the
/// gallery that had it before a rename (its slug redirect), so an embed follows its gallery to a new URL.
/// </summary>
public sealed class EmbeddedGalleries(MarqueeDbContext db)
{
    public Task<GalleryEmbedTargets> ResolveAsync(string bodyHtml, CancellationToken cancellationToken) =>
        ResolveAsync(GalleryEmbeds.SlugsIn(bodyHtml), cancellationToken);

    /// <summary>The embeds of several bodies (a feed, a page of the Content API) in at most two queries.</summary>
    public Task<GalleryEmbedTargets> ResolveAsync(IEnumerable<string> bodiesHtml, CancellationToken cancellationToken) =>
        ResolveAsync([.. bodiesHtml.SelectMany(GalleryEmbeds.SlugsIn).Distinct()], cancellationToken);

    public async Task<GalleryEmbedTargets> ResolveAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0)
        {
            return GalleryEmbedTargets.None;
        }

        var galleries = db.Articles.Where(a => a.Kind == ArticleKind.Gallery);
        var found = await galleries.Where(a => slugs.Contains(a.Slug))
            .Select(a => new { Named = a.Slug, Gallery = new EmbeddedGallery(a.Id, a.Slug) })
            .ToDictionaryAsync(x => x.Named, x => x.Gallery, cancellationToken);
        var renamed = slugs.Where(s => !found.ContainsKey(s)).ToList();
        if (renamed.Count > 0)
        {
            var moved = await db.SlugRedirects.Where(r => renamed.Contains(r.OldSlug))
                .Join(galleries, r => r.ArticleId, a => a.Id, (r, a) => new { Named = r.OldSlug, Gallery = new EmbeddedGallery(a.Id, a.Slug) })
                .ToListAsync(cancellationToken);
            foreach (var m in moved)
            {
                found[m.Named] = m.Gallery;
            }
        }

        return new GalleryEmbedTargets(found);
    }
}
