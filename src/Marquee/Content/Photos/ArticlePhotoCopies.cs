using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Media.Photos;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Photos;

/// <summary>
/// Brings the copies of a photo's facts in the articles using it up to date (after its metadata changed, or
/// its licence ended) and touches every page showing it: the photo's own tag, each article's and gallery's, and for a
/// published article the lists, feeds and sitemaps that carry its image. An article whose body embeds the photo counts
/// as changed (its updated time moves, so Apple News and feed readers fetch it again). Not an edit of the article: no new
/// version or revision, so nobody's open editor goes stale. Runs inside the caller's transaction.
/// </summary>
public sealed class ArticlePhotoCopies(MarqueeDbContext db, ContentChanges changes, TimeProvider clock)
{
    public async Task RefreshAsync(Photo photo, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var articles = await db.Articles.AsTracking().Include(a => a.Tags).Include(a => a.Authors).Include(a => a.InlinePhotos)
            .Where(a => a.FeaturePhotoId == photo.Id || a.InlinePhotos.Any(i => i.PhotoId == photo.Id)).ToListAsync(cancellationToken);
        changes.Touch(CacheTags.Photo(photo.Id));
        foreach (var article in articles)
        {
            var copied = article.FeaturePhotoId == photo.Id && PhotoFacts.CopyOnto(article, PhotoFacts.Of(photo, article.FeaturePhotoCaption, now));
            if (copied || article.InlinePhotos.Any(i => i.PhotoId == photo.Id))
            {
                article.UpdatedAt = now;
                article.ModifiedAt = now;
            }

            changes.Touch(CacheTags.Article(article.Id));
            if (article.Status == ArticleStatus.Published)
            {
                changes.Touch(ArticleCacheTags.Lists(article.Authors.Select(a => a.AuthorId), article.Tags.Select(t => t.TagId)));
            }
        }

        // A gallery's pages are tagged with the photo already; its cards (lists, embeds) carry the gallery's own tag.
        var galleries = await db.Set<GalleryItem>().Where(i => i.PhotoId == photo.Id).Select(i => i.ArticleId).Distinct().ToListAsync(cancellationToken);
        changes.Touch(galleries.Select(CacheTags.Article));
        await db.SaveChangesAsync(cancellationToken);
    }
}
