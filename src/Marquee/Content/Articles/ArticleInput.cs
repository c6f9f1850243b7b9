using Marquee.Content.Galleries;

namespace Marquee.Content.Articles;

/// <summary>
/// An article as a writer (an importer, the demo, later the editor) hands it over. Authors and tags are
/// referenced by slug in byline and display order; they must exist when the article is saved.
/// </summary>
public sealed record ArticleInput
{
    /// <summary>The article being edited, when the writer knows it (the newsroom editor); else matched by source key, then slug.</summary>
    public long? ArticleId { get; init; }

    /// <summary>The version the writer started from; when set, a save over a newer version is refused. Null for imports.</summary>
    public int? BaseVersion { get; init; }

    public string? SourceKey { get; init; }

    public required string Slug { get; init; }

    /// <summary>Fixed when the article is created: the newsroom's saves keep the stored kind.</summary>
    public ArticleKind Kind { get; init; }

    public required string Headline { get; init; }

    public string? Dek { get; init; }

    public string BodyMarkdown { get; init; } = "";

    /// <summary>A hand-written excerpt, kept across body edits; null = made from the body on every save.</summary>
    public string? Excerpt { get; init; }

    public ArticleStatus Status { get; init; } = ArticleStatus.Draft;

    public bool IsTopStory { get; init; }

    public DateTime? PublishedAt { get; init; }

    public DateTime? UnpublishAt { get; init; }

    /// <summary>When the source last changed the story, for an import; null (the newsroom, the demo) = the time of this save.</summary>
    public DateTime? SourceModifiedAt { get; init; }

    public IReadOnlyList<string> AuthorSlugs { get; init; } = [];

    public IReadOnlyList<string> TagSlugs { get; init; } = [];

    /// <summary>When empty, the first section among the tags becomes the primary section.</summary>
    public string? PrimarySectionSlug { get; init; }

    public FeatureImage? FeatureImage { get; init; }

    /// <summary>
    /// A library photo as the feature image (decision 0021). Its URL, alt text and credit then come from the
    /// photo, and <see cref="FeatureImage"/> carries only the article's own caption for it (none = the photo's).
    /// </summary>
    public long? FeaturePhotoId { get; init; }

    public string? SeoTitle { get; init; }

    public string? SeoDescription { get; init; }

    /// <summary>The correction or update note shown with the story; null = none.</summary>
    public CorrectionNote? Correction { get; init; }

    /// <summary>A gallery's photos in order; must be empty for a story.</summary>
    public IReadOnlyList<GalleryItemInput> GalleryItems { get; init; } = [];
}
