using System.Globalization;
using Marquee.Content.Articles;
using Marquee.Content.Galleries;

namespace Marquee.Content.History;

/// <summary>Every field a revision keeps, named as the newsroom shows them and written as comparable text.</summary>
internal static class ArticleFields
{
    public const string Body = "body";

    public static IReadOnlyList<(string Name, string? Value)> Of(ArticleInput a) =>
    [
        ("headline", a.Headline),
        ("dek", a.Dek),
        ("slug", a.Slug),
        (Body, a.BodyMarkdown),
        ("excerpt", a.Excerpt),
        ("status", a.Status.ToString()),
        ("publish time", Time(a.PublishedAt)),
        ("unpublish time", Time(a.UnpublishAt)),
        ("tags", string.Join(", ", a.TagSlugs)),
        ("primary section", a.PrimarySectionSlug),
        ("co-authors", string.Join(", ", a.AuthorSlugs)),
        ("feature photo", a.FeaturePhotoId?.ToString(CultureInfo.InvariantCulture)),
        ("feature image", a.FeatureImage?.Url),
        ("feature image alt", a.FeatureImage?.Alt),
        ("feature image caption", a.FeatureImage?.Caption),
        ("feature image credit", a.FeatureImage?.Credit),
        ("SEO title", a.SeoTitle),
        ("SEO description", a.SeoDescription),
        ("top story", a.IsTopStory ? "yes" : "no"),
        ("correction note", a.Correction is { } note ? $"{note.Label}: {note.Text}" : null),
        ("kind", a.Kind.ToString()),
        ("gallery photos", string.Join('\n', a.GalleryItems.Select(Describe))),
    ];

    /// <summary>One line per gallery photo, in order: a move, a new caption or another cover shows as a changed line.</summary>
    private static string Describe(GalleryItemInput item) =>
        $"photo {item.PhotoId}{(item.IsCover ? " (cover)" : "")}{(item.Caption is null ? "" : $": {item.Caption}")}";

    private static string? Time(DateTime? time) => time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
