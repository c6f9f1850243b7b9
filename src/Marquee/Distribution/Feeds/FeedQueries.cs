using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Content.Galleries;
using Marquee.Content.Photos;
using Marquee.Platform.Caching;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Distribution.Feeds;

/// <summary>
/// The newest published stories of a scope with everything a feed entry needs: body (its photos as plain figures at
/// absolute URLs under <c>siteUrl</c>), bylines, tags, photo (a gallery's cover).
/// </summary>
public sealed class FeedQueries(ArticleQueries articles, GalleryQueries galleries, EmbeddedGalleries embedded, InlinePhotoQueries inlinePhotos)
{
    public async Task<IReadOnlyList<FeedItem>> LatestAsync(ArticleFilter filter, int count, string siteUrl, CancellationToken cancellationToken)
    {
        var rows = await articles.Published(filter)
            .Take(count)
            .Select(a => new
            {
                a.Id, a.Slug, a.Kind, a.Headline, Summary = a.Excerpt ?? a.Dek, a.BodyHtml, a.PublishedAt, a.UpdatedAt, a.CorrectionKind, a.CorrectionText, a.CorrectionNotedAt,
                Image = a.FeatureImageUrl == null ? null : new FeatureImage(a.FeatureImageUrl, a.FeatureImageAlt, a.FeatureImageCaption, a.FeatureImageCredit),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var authors = await articles.AuthorsOfAsync(ids, cancellationToken);
        var tags = await articles.TagsOfAsync(ids, cancellationToken);
        var covers = await galleries.CoversAsync(rows.Where(r => r.Kind == ArticleKind.Gallery).Select(r => r.Id).ToList(), cancellationToken);
        var embeds = await embedded.ResolveAsync(rows.Select(r => r.BodyHtml), cancellationToken);
        var photos = await inlinePhotos.FindAsync(rows.Select(r => r.BodyHtml), cancellationToken);
        return rows.Select(r =>
        {
            var cover = covers.GetValueOrDefault(r.Id)?.Photo;
            var body = WithCorrection(r.CorrectionKind, r.CorrectionText, r.CorrectionNotedAt, photos.OffSite(embeds.AsLinks(r.BodyHtml), siteUrl));
            return new FeedItem(r.Id, r.Slug, r.Headline, r.Summary, body, r.PublishedAt!.Value, r.UpdatedAt,
                authors[r.Id].ToList(), tags[r.Id].Select(t => new NamedLink(t.Id, t.Slug, t.Name)).ToList(), cover is null ? r.Image : GalleryImages.Of(cover), r.Kind, cover?.Id)
            {
                EmbedCacheTags = [.. embeds.CacheTagsOf(r.BodyHtml), .. PhotoEmbeds.IdsIn(r.BodyHtml).Select(CacheTags.Photo)],
            };
        }).ToList();
    }

    /// <summary>A feed reader sees a correction or update at the top of the story, as the article page shows it.</summary>
    private static string WithCorrection(CorrectionKind? kind, string? text, DateTime? notedAt, string bodyHtml) =>
        CorrectionNote.Stored(kind, text, notedAt) is { } note ? note.ToHtml() + bodyHtml : bodyHtml;
}
