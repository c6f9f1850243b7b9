using Marquee.Content;
using Marquee.Content.Articles;

namespace Marquee.Distribution.Feeds;

/// <summary>One story as every feed format carries it; a gallery with its cover photo's id (the feed is evicted when that photo changes), a story with its embeds' cache tags.</summary>
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
    public string Path => ArticlePaths.Of(Kind, Slug) + (Anchor is null ? "" : $"#{Anchor}");

    /// <summary>Where in its article the item is: a live story's entry is a place on the story's page, not a page of its own.</summary>
    public string? Anchor { get; init; }

    /// <summary>What the links to its embedded galleries depend on (they point at each gallery's current URL).</summary>
    public IReadOnlyList<string> EmbedCacheTags { get; init; } = [];

    public DateTime LastChanged => UpdatedAt > PublishedAt ? UpdatedAt : PublishedAt;
}
