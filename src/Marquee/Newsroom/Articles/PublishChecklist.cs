using Marquee.Content.Articles;
using Marquee.Content.Photos;
using Marquee.Content.Tags;
using Marquee.Media.Photos;

namespace Marquee.Newsroom.Articles;

/// <summary>
/// What the publish step shows before a story goes out: what is needed (blocking) and what is advised, the unmet
/// needed items first. The server refuses the needed ones itself (the byline in PublishRules, the photos in
/// Content), so the list only says so sooner.
/// </summary>
public static class PublishChecklist
{
    public static IReadOnlyList<ChecklistItem> Of(ArticleInput fields, Photo? featurePhoto, IReadOnlyList<TagLink> tags)
    {
        var seoTitle = fields.SeoTitle ?? fields.Headline;
        ChecklistItem[] items =
        [
            new("headline", "A headline", !string.IsNullOrWhiteSpace(fields.Headline), Blocking: true),
            new("byline", "A byline: the writer, or a guest author", fields.AuthorSlugs.Count > 0, Blocking: true),
            ImageItem(fields, featurePhoto),
            new("section", "A section among the tags (it files the story in the masthead)", tags.Any(t => t.Kind == TagKind.Section), Blocking: false),
            new("seo-title", $"A search title of at most {ArticleForm.SeoTitleHint} characters (now {seoTitle.Length})", seoTitle.Length <= ArticleForm.SeoTitleHint, Blocking: false),
            new("seo-description", $"A search description of at most {ArticleForm.SeoDescriptionHint} characters (empty: the excerpt)", (fields.SeoDescription?.Length ?? 0) <= ArticleForm.SeoDescriptionHint, Blocking: false),
        ];
        return [.. items.OrderBy(i => i.Done).ThenByDescending(i => i.Blocking)];
    }

    private static ChecklistItem ImageItem(ArticleInput fields, Photo? featurePhoto)
    {
        if (featurePhoto is not null)
        {
            var missing = PhotoPublishing.Missing(featurePhoto);
            return new("image", missing.Count == 0 ? "The feature photo's credit and alt text" : $"The feature photo lacks {string.Join(" and ", missing)}", missing.Count == 0, Blocking: true);
        }

        return fields.FeatureImage is { } image
            ? new("image", "The feature image's credit and alt text", image.Credit is not null && image.Alt is not null, Blocking: false)
            : new("image", "A feature image (for cards and social shares)", false, Blocking: false);
    }
}
