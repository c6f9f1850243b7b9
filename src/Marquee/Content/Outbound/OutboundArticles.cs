using System.Linq.Expressions;
using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Content.Galleries;
using Marquee.Content.Photos;
using Marquee.Platform.Caching;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Outbound;

/// <summary>
/// Reads published articles as they leave the site, several at once: one query each for the rows, bylines, tags,
/// gallery covers, gallery embeds and inline photos, whatever the number of articles.
/// </summary>
public sealed class OutboundArticles(ArticleQueries articles, GalleryQueries galleries, EmbeddedGalleries embedded, InlinePhotoQueries inlinePhotos)
{
    /// <summary>The stored columns, body as stored; <see cref="CompleteAsync"/> makes it off-site.</summary>
    private static readonly Expression<Func<Article, OutboundArticle>> Stored = a => new OutboundArticle(
        a.Id, a.Slug, a.Kind, a.Headline, a.Dek, a.Excerpt, a.BodyHtml, a.CreatedAt, a.PublishedAt!.Value, a.UpdatedAt, a.ModifiedAt, a.IsTopStory,
        a.SeoTitle, a.SeoDescription,
        a.FeatureImageUrl == null ? null : new FeatureImage(a.FeatureImageUrl, a.FeatureImageAlt, a.FeatureImageCaption, a.FeatureImageCredit),
        CorrectionNote.Stored(a.CorrectionKind, a.CorrectionText, a.CorrectionNotedAt))
    {
        HandWrittenExcerpt = a.ExcerptIsHandWritten ? a.Excerpt : null,
    };

    private static readonly Func<Article, OutboundArticle> StoredOfLoaded = Stored.Compile();

    /// <summary>
    /// The articles <paramref name="which"/> selects, in its order, with photos at absolute URLs under <paramref name="siteUrl"/>;
    /// <paramref name="withPeople"/> false leaves bylines and tags out (and unread).
    /// </summary>
    public async Task<IReadOnlyList<OutboundArticle>> ReadAsync(IQueryable<Article> which, string siteUrl, bool withPeople, CancellationToken cancellationToken) =>
        await CompleteAsync(await which.Select(Stored).ToListAsync(cancellationToken), siteUrl, withPeople, cancellationToken);

    /// <summary>The same for articles already read whole (the Content API filters and pages them itself).</summary>
    public Task<IReadOnlyList<OutboundArticle>> OfAsync(IReadOnlyList<Article> loaded, string siteUrl, bool withPeople, CancellationToken cancellationToken) =>
        CompleteAsync([.. loaded.Select(StoredOfLoaded)], siteUrl, withPeople, cancellationToken);

    private async Task<IReadOnlyList<OutboundArticle>> CompleteAsync(IReadOnlyList<OutboundArticle> stored, string siteUrl, bool withPeople, CancellationToken cancellationToken)
    {
        var ids = stored.Select(a => a.Id).ToList();
        var authors = withPeople ? await articles.AuthorProfilesOfAsync(ids, cancellationToken) : null;
        var tags = withPeople ? await articles.TagsOfAsync(ids, cancellationToken) : null;
        var covers = await galleries.CoversAsync(stored.Where(a => a.Kind == ArticleKind.Gallery).Select(a => a.Id).ToList(), cancellationToken);
        var embeds = await embedded.ResolveAsync(stored.Select(a => a.BodyHtml), cancellationToken);
        var photos = await inlinePhotos.FindAsync(stored.Select(a => a.BodyHtml), cancellationToken);
        return stored.Select(a => a with
        {
            BodyHtml = photos.OffSite(embeds.AsLinks(a.BodyHtml), siteUrl),
            Cover = covers.GetValueOrDefault(a.Id),
            Authors = authors?[a.Id].ToList() ?? [],
            Tags = tags?[a.Id].ToList() ?? [],
            BodyCacheTags = [.. embeds.CacheTagsOf(a.BodyHtml), .. PhotoEmbeds.IdsIn(a.BodyHtml).Select(CacheTags.Photo)],
        }).ToList();
    }
}
