using Marquee.Content.Articles;
using Marquee.Media.Photos;

namespace Marquee.Content.Photos;

/// <summary>
/// "A photo needs alt text and a credit to be published", in one place: a save refuses a published or scheduled article
/// showing a photo that lacks either (as its feature photo, inline or in its gallery, each refusal saying where), and the
/// newsroom's pages say what a photo still lacks.
/// </summary>
public static class PhotoPublishing
{
    /// <summary>What a photo lacks before it may appear on a published page ("alt text", "credit"); empty when it may.</summary>
    public static IReadOnlyList<string> Missing(Photo photo) =>
        [.. new[] { (Field: "alt text", Value: photo.AltText), (Field: "credit", Value: photo.Credit) }
            .Where(f => string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Field)];

    public static bool Allows(Photo photo) => Missing(photo).Count == 0;

    /// <summary>Refuses a published (or scheduled) article showing the photo while it lacks something, in the words <paramref name="refusal"/> makes of what.</summary>
    public static void Require(ArticleInput input, Photo photo, Func<IReadOnlyList<string>, string> refusal)
    {
        if (input.Status == ArticleStatus.Published && Missing(photo) is { Count: > 0 } missing)
        {
            throw new ContentValidationException(refusal(missing));
        }
    }
}
