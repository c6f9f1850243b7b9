using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Content.Outbound;
using Marquee.Content.Tags;

namespace Marquee.Distribution.Feeds;

/// <summary>
/// The newest published stories of a scope as feed entries: the off-site article (photos at absolute URLs under
/// <c>siteUrl</c>) with a feed's choices — the excerpt as summary, a gallery's cover as its photo, a correction on top.
/// </summary>
public sealed class FeedQueries(ArticleQueries articles, OutboundArticles outbound)
{
    public async Task<IReadOnlyList<FeedItem>> LatestAsync(ArticleFilter filter, int count, string siteUrl, CancellationToken cancellationToken) =>
        (await outbound.ReadAsync(articles.Published(filter).Take(count), siteUrl, withPeople: true, cancellationToken)).Select(Item).ToList();

    private static FeedItem Item(OutboundArticle a) =>
        new(a.Id, a.Slug, a.Headline, a.Excerpt ?? a.Dek, WithCorrection(a.Correction, a.BodyHtml), a.PublishedAt, a.ModifiedAt,
            [.. a.Authors.Select(x => new NamedLink(x.Id, x.Slug, x.Name))], [.. a.Tags.Where(t => ReaderTags.Shows(t.Kind)).Select(t => new NamedLink(t.Id, t.Slug, t.Name))],
            a.Cover is { } cover ? GalleryImages.Of(cover.Photo) : a.FeatureImage, a.Kind, a.Cover?.Photo.Id)
        {
            EmbedCacheTags = a.BodyCacheTags,
        };

    /// <summary>A feed reader sees a correction or update at the top of the story, as the article page shows it.</summary>
    private static string WithCorrection(CorrectionNote? note, string bodyHtml) => note is null ? bodyHtml : note.ToHtml() + bodyHtml;
}
