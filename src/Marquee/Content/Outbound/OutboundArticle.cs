using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.Galleries;
using Marquee.Content.Tags;

namespace Marquee.Content.Outbound;

/// <summary>
/// A published article as it leaves the site (feeds, the Content API, Apple News), read by <see cref="OutboundArticles"/>:
/// its body with photos as plain figures at absolute URLs and gallery embeds as links, its whole bylines and tags, a
/// gallery's cover, and the cache tags of what its body shows. Each reader picks what its format writes.
/// </summary>
public sealed record OutboundArticle(
    long Id,
    string Slug,
    ArticleKind Kind,
    string Headline,
    string? Dek,
    string? Excerpt,
    string BodyHtml,
    DateTime CreatedAt,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    DateTime ModifiedAt,
    bool IsTopStory,
    string? SeoTitle,
    string? SeoDescription,
    FeatureImage? FeatureImage,
    CorrectionNote? Correction)
{
    /// <summary>The excerpt when the newsroom wrote it; null when <see cref="Excerpt"/> is the body's opening words.</summary>
    public string? HandWrittenExcerpt { get; init; }

    /// <summary>A gallery's cover photo; null for a story.</summary>
    public GalleryCover? Cover { get; init; }

    /// <summary>In byline order; empty when read without people.</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>In display order; empty when read without people.</summary>
    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>What the body's gallery links and photos depend on: a change to any of them changes this article off the site.</summary>
    public IReadOnlyList<string> BodyCacheTags { get; init; } = [];

    public string Path => ArticlePaths.Of(Kind, Slug);

    /// <summary>The later of publication and the story's last change (its source's, when imported): what syndication calls modified.</summary>
    public DateTime LastChanged => ModifiedAt > PublishedAt ? ModifiedAt : PublishedAt;
}
