using Marquee.Content.Articles;
using Marquee.Media.Photos;

namespace Marquee.Content.Photos;

/// <summary>
/// Turns an article's choice of library photo into the feature image it stores, and refuses to publish
/// with a photo that lacks alt text or credit (the message names the photo and what it lacks).
/// </summary>
public sealed class FeaturePhotos(PhotoQueries photos, TimeProvider clock)
{
    /// <summary>The feature image to store: the input's own when it uses no library photo, else the photo's copy.</summary>
    public async Task<FeatureImage?> ImageForAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        if (input.FeaturePhotoId is not { } id)
        {
            return input.FeatureImage;
        }

        var photo = await photos.FindAsync(id, cancellationToken)
            ?? throw new ContentValidationException($"feature photo {id} does not exist in the media library");
        PhotoPublishing.Require(input, photo, missing =>
            $"the feature photo {id} ({Describe(photo)}) has no {string.Join(" and no ", missing)}: add it on the photo's page before publishing or scheduling");

        return PhotoFacts.Of(photo, OwnCaptionOf(input), clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>With a library photo, the input's feature image carries only the article's own caption for it.</summary>
    public static string? OwnCaptionOf(ArticleInput input) => input.FeaturePhotoId is null ? null : input.FeatureImage?.Caption;

    private static string Describe(Photo photo) =>
        photo.Caption is { } caption ? $"\u201c{(caption.Length > 60 ? $"{caption[..60]}\u2026" : caption)}\u201d" : $"uploaded {photo.CreatedAt:yyyy-MM-dd}";
}
