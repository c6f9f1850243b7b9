using Marquee.Content;
using Marquee.Content.Articles;

namespace Marquee.Distribution.Feeds;

/// <summary>One story as every feed format carries it; a gallery with its cover photo's id (the feed is evicted when that photo changes).</summary>
public sealed record FeedItem(
    long Id,
    string Slug,
    string Headline,
    string? Summary,
    string BodyHtml,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    IReadOnlyList<NamedLink> Authors,
    IReadOnlyList<NamedLink> Tags,
    FeatureImage? Image,
    ArticleKind Kind = ArticleKind.Story,
    long? CoverPhotoId = null)
{
    public string Path => ArticlePaths.Of(Kind, Slug);

    public DateTime LastChanged => UpdatedAt > PublishedAt ? UpdatedAt : PublishedAt;
}
