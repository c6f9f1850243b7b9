using Marquee.Content;
using Marquee.Content.Articles;

namespace Marquee.Distribution.Feeds;

/// <summary>One story as every feed format carries it, with the library photos it shows (a gallery's cover, the body's photos): the feed is evicted when one changes.</summary>
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
    ArticleKind Kind,
    IReadOnlyList<long> PhotoIds)
{
    public string Path => ArticlePaths.Of(Kind, Slug);

    public DateTime LastChanged => UpdatedAt > PublishedAt ? UpdatedAt : PublishedAt;
}
