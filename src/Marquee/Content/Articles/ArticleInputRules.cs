using Marquee.Platform.Security;

namespace Marquee.Content.Articles;

/// <summary>What every saved article satisfies, whoever wrote it. Limits match the schema.</summary>
internal static class ArticleInputRules
{
    public const int MaxBodyLength = 2_000_000;

    public static void Check(ArticleInput input)
    {
        Require(!string.IsNullOrWhiteSpace(input.Headline), "headline is empty");
        Require(input.Headline.Length <= 500, "headline is longer than 500 characters");
        Require(Slugs.IsValid(input.Slug), $"slug '{input.Slug}' must be lower-case letters, digits and hyphens (at most {Slugs.MaxLength})");
        Require((input.Dek?.Length ?? 0) <= 1000, "dek is longer than 1000 characters");
        Require(input.BodyMarkdown.Length <= MaxBodyLength, $"body is longer than {MaxBodyLength} characters");
        Require((input.Excerpt?.Length ?? 0) <= 2000, "excerpt is longer than 2000 characters");
        Require((input.SeoTitle?.Length ?? 0) <= 300, "SEO title is longer than 300 characters");
        Require((input.SeoDescription?.Length ?? 0) <= 500, "SEO description is longer than 500 characters");
        Require(input.Correction is null || !string.IsNullOrWhiteSpace(input.Correction.Text), "the correction note is empty");
        Require((input.Correction?.Text.Length ?? 0) <= CorrectionNote.MaxLength, $"the correction note is longer than {CorrectionNote.MaxLength} characters");
        Require(input.Status != ArticleStatus.Published || input.PublishedAt is not null, "a published article needs a publish time");
        Require(input.UnpublishAt is null || input.PublishedAt is null || input.UnpublishAt > input.PublishedAt, "the unpublish time must come after the publish time");
        Require(input.AuthorSlugs.Distinct().Count() == input.AuthorSlugs.Count, "an author is listed twice");
        Require(input.FeatureImage?.Url is null || input.FeatureImage.Credit is not null, "the feature image has no credit");
        Require(input.FeaturePhotoId is null || input.FeatureImage?.Url is null, "the feature image is both a library photo and a URL: choose one");
        Require((input.FeatureImage?.Url?.Length ?? 0) <= 2000, "feature image URL is longer than 2000 characters");
        Require(input.FeatureImage?.Url is not { } url || UrlPolicy.IsAllowed(url), $"feature image URL {UrlPolicy.Rule}");
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new ContentValidationException(problem);
        }
    }
}
