using Marquee.Content.Articles;
using Marquee.Media.Photos;
using Marquee.Media.Renditions;

namespace Marquee.Content.Photos;

/// <summary>
/// What an article copies from its library photo into its feature image (decision 0021): a rendition URL,
/// alt text, its own caption or the photo's, and the credit; nothing at all once the licence has ended, so
/// every page, feed and API that reads the copy drops the image by itself.
/// </summary>
public static class PhotoFacts
{
    /// <summary>The width feeds, structured data and share cards get: large enough for Google's 1200 px, small enough for readers' feeds.</summary>
    private const int SharedWidth = 1280;

    public static FeatureImage? Of(Photo photo, string? ownCaption, DateTime now) =>
        photo.IsUsableAt(now) ? new FeatureImage(UrlOf(photo), photo.AltText, ownCaption ?? photo.Caption, photo.Credit) : null;

    public static string UrlOf(Photo photo) => SharedJpegOf(photo).Url;

    /// <summary>The JPEG that travels off the site (feeds, APIs, Apple News): the widest up to 1280 px.</summary>
    public static Rendition SharedJpegOf(Photo photo)
    {
        var jpegs = RenditionPlan.For(photo, PhotoShape.Original, RenditionFormat.Jpeg);
        return jpegs.LastOrDefault(r => r.Width <= SharedWidth) ?? jpegs[0];
    }

    /// <summary>Writes the copy onto the article; says whether anything changed.</summary>
    public static bool CopyOnto(Article article, FeatureImage? image)
    {
        var before = (article.FeatureImageUrl, article.FeatureImageAlt, article.FeatureImageCaption, article.FeatureImageCredit);
        article.FeatureImageUrl = image?.Url;
        article.FeatureImageAlt = image?.Alt;
        article.FeatureImageCaption = image?.Caption;
        article.FeatureImageCredit = image?.Credit;
        return before != (article.FeatureImageUrl, article.FeatureImageAlt, article.FeatureImageCaption, article.FeatureImageCredit);
    }
}
