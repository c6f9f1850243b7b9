using Marquee.Content.Tags;
using Marquee.Media.Photos;

namespace Marquee.Content.Articles;

/// <summary>Everything the article page renders.</summary>
public sealed record ArticleDetail(
    long Id,
    string Slug,
    string Headline,
    string? Dek,
    string BodyHtml,
    string? Excerpt,
    ArticleStatus Status,
    DateTime? PublishedAt,
    DateTime ModifiedAt,
    FeatureImage? Image,
    string? SeoTitle,
    string? SeoDescription,
    NamedLink? Section,
    IReadOnlyList<NamedLink> Authors,
    IReadOnlyList<TagLink> Tags,
    CorrectionNote? Correction = null,
    ArticleKind Kind = ArticleKind.Story)
{
    public string Path => ArticlePaths.Of(Kind, Slug);

    /// <summary>The library photo behind <see cref="Image"/>, when it comes from the media library.</summary>
    public long? FeaturePhotoId { get; init; }

    /// <summary>Slugs of the story's tags readers never see (channels, ad-free): what they steer, never shown.</summary>
    public IReadOnlyList<string> InternalTagSlugs { get; init; } = [];

    /// <summary>That library photo as stored now, read with the article; null when there is none.</summary>
    public Photo? FeaturePhoto { get; init; }

    public bool IsPublicAt(DateTime now) => Article.IsPublicAt(Status, PublishedAt, now);

    /// <summary>Published once and taken down since: gone for good (410), where a draft or a story still to come is unknown (404).</summary>
    public bool IsTakenDown => Status == ArticleStatus.Unpublished && PublishedAt is not null;

    /// <summary>The later of publication and the last edit: what structured data and syndication call modified.</summary>
    public DateTime LastChanged => PublishedAt is { } published && published > ModifiedAt ? published : ModifiedAt;
}
