using System.Globalization;
using Marquee.Content;
using Marquee.Content.Articles;

namespace Marquee.Newsroom.Articles;

/// <summary>
/// The editor's form as posted (plain names, so it works without JavaScript): authors and tags as
/// comma-separated slugs in order, an empty slug made from the headline, and the version it was filled from.
/// </summary>
public sealed class ArticleForm
{
    public const int SeoTitleHint = 60;

    public const int SeoDescriptionHint = 160;

    public string? Headline { get; set; }

    public string? Dek { get; set; }

    public string? Slug { get; set; }

    public string? Body { get; set; }

    /// <summary>Empty = made from the body on every save; anything written is kept across body edits.</summary>
    public string? Excerpt { get; set; }

    public string? Authors { get; set; }

    public string? Tags { get; set; }

    /// <summary>The slug of one of the section tags; empty = the first section among the tags.</summary>
    public string? PrimarySection { get; set; }

    public string? ImageUrl { get; set; }

    public string? ImageAlt { get; set; }

    public string? ImageCaption { get; set; }

    public string? ImageCredit { get; set; }

    /// <summary>The library photo used as the feature image, by number; its alt text and credit come with it, and ImageCaption is then the article's own.</summary>
    public string? FeaturePhotoId { get; set; }

    public string? SeoTitle { get; set; }

    public string? SeoDescription { get; set; }

    public bool TopStory { get; set; }

    public CorrectionKind CorrectionKind { get; set; }

    /// <summary>Empty = no correction or update note.</summary>
    public string? Correction { get; set; }

    /// <summary>Chosen when the article is created ("New gallery"); saves keep the stored kind.</summary>
    public ArticleKind Kind { get; set; }

    public GalleryForm Gallery { get; set; } = new();

    /// <summary>The version the form was filled from: a save over a newer one is refused.</summary>
    public int Version { get; set; }

    /// <summary>This tab's edit lock, when it holds it.</summary>
    public string? LockToken { get; set; }

    public static ArticleForm From(EditableArticle article, string? lockToken)
    {
        var fields = article.Fields;
        return new ArticleForm
        {
            Headline = fields.Headline,
            Dek = fields.Dek,
            Slug = fields.Slug,
            Body = fields.BodyMarkdown,
            Excerpt = fields.Excerpt,
            Authors = string.Join(", ", fields.AuthorSlugs),
            Tags = string.Join(", ", fields.TagSlugs),
            PrimarySection = fields.PrimarySectionSlug,
            ImageUrl = fields.FeatureImage?.Url,
            ImageAlt = fields.FeatureImage?.Alt,
            ImageCaption = fields.FeatureImage?.Caption,
            ImageCredit = fields.FeatureImage?.Credit,
            FeaturePhotoId = fields.FeaturePhotoId?.ToString(CultureInfo.InvariantCulture),
            SeoTitle = fields.SeoTitle,
            SeoDescription = fields.SeoDescription,
            TopStory = fields.IsTopStory,
            CorrectionKind = fields.Correction?.Kind ?? CorrectionKind.Correction,
            Correction = fields.Correction?.Text,
            Kind = fields.Kind,
            Gallery = GalleryForm.From(fields.GalleryItems),
            Version = article.Version,
            LockToken = lockToken,
        };
    }

    /// <summary>The content a save takes; status and times are the workflow's, never the form's.</summary>
    public ArticleInput ToInput()
    {
        var headline = Headline?.Trim() ?? "";
        var image = new[] { ImageUrl, ImageAlt, ImageCaption, ImageCredit }.All(string.IsNullOrWhiteSpace)
            ? null
            : new FeatureImage(Blank(ImageUrl), Blank(ImageAlt), Blank(ImageCaption), Blank(ImageCredit));
        return new ArticleInput
        {
            Slug = Slugs.GivenOrFrom(Slug, headline),
            Headline = headline,
            Dek = Blank(Dek),
            BodyMarkdown = Body ?? "",
            Excerpt = Blank(Excerpt),
            AuthorSlugs = SlugList(Authors),
            TagSlugs = SlugList(Tags),
            PrimarySectionSlug = Blank(PrimarySection),
            FeatureImage = image,
            FeaturePhotoId = PhotoNumber(FeaturePhotoId),
            SeoTitle = Blank(SeoTitle),
            SeoDescription = Blank(SeoDescription),
            IsTopStory = TopStory,
            Correction = Blank(Correction) is { } note ? new CorrectionNote(CorrectionKind, note) : null,
            Kind = Kind,
            GalleryItems = Gallery.ToInput(),
        };
    }

    private static long? PhotoNumber(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
        : throw new ContentValidationException($"feature photo: '{text}' is not a photo number from the media library");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> SlugList(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
