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

    public string? Authors { get; set; }

    public string? Tags { get; set; }

    public string? ImageUrl { get; set; }

    public string? ImageAlt { get; set; }

    public string? ImageCaption { get; set; }

    public string? ImageCredit { get; set; }

    public string? SeoTitle { get; set; }

    public string? SeoDescription { get; set; }

    public bool TopStory { get; set; }

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
            Authors = string.Join(", ", fields.AuthorSlugs),
            Tags = string.Join(", ", fields.TagSlugs),
            ImageUrl = fields.FeatureImage?.Url,
            ImageAlt = fields.FeatureImage?.Alt,
            ImageCaption = fields.FeatureImage?.Caption,
            ImageCredit = fields.FeatureImage?.Credit,
            SeoTitle = fields.SeoTitle,
            SeoDescription = fields.SeoDescription,
            TopStory = fields.IsTopStory,
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
            AuthorSlugs = SlugList(Authors),
            TagSlugs = SlugList(Tags),
            FeatureImage = image,
            SeoTitle = Blank(SeoTitle),
            SeoDescription = Blank(SeoDescription),
            IsTopStory = TopStory,
            Kind = Kind,
            GalleryItems = Gallery.ToInput(),
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> SlugList(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
