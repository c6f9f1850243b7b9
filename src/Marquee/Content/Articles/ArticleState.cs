using Marquee.Content.Body;
using Marquee.Content.Galleries;
using Marquee.Content.Photos;
using Marquee.Storage;

namespace Marquee.Content.Articles;

/// <summary>The saved fields of an article in comparable form: equal states mean there is nothing to save.</summary>
internal sealed record ArticleState(string Fields, string Authors, string Tags, ArticleStatus Status, DateTime? PublishedAt, string Gallery)
{
    private const char Separator = '\u001f';

    public bool IsPublic => Status == ArticleStatus.Published && PublishedAt is not null;

    public IEnumerable<long> AuthorIds => Split(Authors);

    public IEnumerable<long> TagIds => Split(Tags);

    public static ArticleState Of(Article a) => new(
        Join(a.SourceKey, a.Slug, a.Headline, a.Dek, a.BodyMarkdown, a.Excerpt, a.IsTopStory, a.PrimarySectionId,
            a.FeatureImageUrl, a.FeatureImageAlt, a.FeatureImageCaption, a.FeatureImageCredit, a.SeoTitle, a.SeoDescription, a.UnpublishAt,
            a.ExcerptIsHandWritten, a.CorrectionKind, a.CorrectionText, a.FeaturePhotoId, a.FeaturePhotoCaption),
        string.Join(',', a.Authors.OrderBy(x => x.Position).Select(x => x.AuthorId)),
        string.Join(',', a.Tags.OrderBy(x => x.Position).Select(x => x.TagId)),
        a.Status,
        a.PublishedAt,
        $"{a.Kind}:{GalleryItemSync.Fingerprint(a.GalleryItems)}");

    /// <summary>The state a save of <paramref name="i"/> stores, with the <paramref name="excerpt"/> it stores and <paramref name="image"/> as the feature image it resolved to.</summary>
    public static ArticleState From(ArticleInput i, string excerpt, FeatureImage? image, IReadOnlyList<long> authorIds, IReadOnlyList<long> tagIds, long? sectionId) => new(
        Join(i.SourceKey, i.Slug, i.Headline.Trim(), i.Dek, i.BodyMarkdown, excerpt, i.IsTopStory, sectionId,
            image?.Url, image?.Alt, image?.Caption, image?.Credit, i.SeoTitle, i.SeoDescription, StoredValues.Time(i.UnpublishAt),
            i.Excerpt is not null, i.Correction?.Kind, i.Correction?.Text, i.FeaturePhotoId, FeaturePhotos.OwnCaptionOf(i)),
        string.Join(',', authorIds),
        string.Join(',', tagIds),
        i.Status,
        StoredValues.Time(i.PublishedAt),
        $"{i.Kind}:{GalleryItemSync.Fingerprint(i.GalleryItems)}");

    private static string Join(params object?[] values) => StoredValues.Text(string.Join(Separator, values));

    private static IEnumerable<long> Split(string ids) => ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse);
}
