using System.Linq.Expressions;
using Marquee.Content.Galleries;
using Marquee.Content.Photos;
using Marquee.Content.Tags;

namespace Marquee.Content.Articles;

public sealed class Article
{
    public long Id { get; set; }

    public required string Slug { get; set; }

    public ArticleKind Kind { get; set; }

    public required string Headline { get; set; }

    public string? Dek { get; set; }

    public string BodyMarkdown { get; set; } = "";

    /// <summary>Rendered and sanitised once on save, so a page view never runs Markdown or the sanitiser.</summary>
    public string BodyHtml { get; set; } = "";

    public string? Excerpt { get; set; }

    /// <summary>The writer wrote the excerpt: it is kept across body edits; otherwise it is remade from the body on every save.</summary>
    public bool ExcerptIsHandWritten { get; set; }

    public ArticleStatus Status { get; set; }

    public bool IsTopStory { get; set; }

    public DateTime? PublishedAt { get; set; }

    /// <summary>When a published story comes down by itself (an embargo's end, a sweepstakes closing); null = never.</summary>
    public DateTime? UnpublishAt { get; set; }

    /// <summary>Incremented by every save; a save based on an older version is refused, so no edit is silently lost.</summary>
    public int Version { get; set; }

    /// <summary>The staff user who created it, for "own" in the workflow; null for imported and demo articles.</summary>
    public long? CreatedByStaffId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When this row last changed: the cursor of change lists (Apple News).</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>When readers are told the story last changed: the source's time for an import, else the last save that changed it.</summary>
    public DateTime ModifiedAt { get; set; }

    public long? PrimarySectionId { get; set; }

    public Tag? PrimarySection { get; set; }

    public string? FeatureImageUrl { get; set; }

    public string? FeatureImageAlt { get; set; }

    public string? FeatureImageCaption { get; set; }

    public string? FeatureImageCredit { get; set; }

    /// <summary>The library photo the feature image comes from; the FeatureImage* columns then hold a copy of its public facts (decision 0021).</summary>
    public long? FeaturePhotoId { get; set; }

    /// <summary>The article's own caption for its library photo; null shows the photo's caption.</summary>
    public string? FeaturePhotoCaption { get; set; }

    public string? SeoTitle { get; set; }

    public string? SeoDescription { get; set; }

    public CorrectionKind? CorrectionKind { get; set; }

    public string? CorrectionText { get; set; }

    /// <summary>When the correction or update note last changed: the time the story shows beside it.</summary>
    public DateTime? CorrectionNotedAt { get; set; }

    /// <summary>Where an imported article came from ("crawl:…", "ghost:…"): re-importing updates instead of duplicating.</summary>
    public string? SourceKey { get; set; }

    public List<ArticleAuthor> Authors { get; set; } = [];

    public List<ArticleTag> Tags { get; set; } = [];

    /// <summary>A gallery's photos; empty for a story.</summary>
    public List<GalleryItem> GalleryItems { get; set; } = [];

    /// <summary>The library photos the body embeds, kept in step with it on every save.</summary>
    public List<InlinePhoto> InlinePhotos { get; set; } = [];

    /// <summary>What "public now" means, for a query: published, and its time has come (a scheduled or embargoed story is not public before it).</summary>
    public static Expression<Func<Article, bool>> PublicAt(DateTime now) =>
        a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now;

    /// <summary>The same rule for an article already read: <see cref="PublicAt"/> is its form for SQL.</summary>
    public static bool IsPublicAt(ArticleStatus status, DateTime? publishedAt, DateTime now) =>
        status == ArticleStatus.Published && publishedAt != null && publishedAt <= now;

    public bool IsPublicAt(DateTime now) => IsPublicAt(Status, PublishedAt, now);
}
