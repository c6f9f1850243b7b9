using Marquee.Content.Articles;
using Marquee.Media.Photos;
using Marquee.Media.Renditions;

namespace Marquee.Content.Galleries;

/// <summary>A gallery photo where a single image URL is wanted (feeds, sitemaps, structured data, Apple News): its widest JPEG up to 1280 px.</summary>
public static class GalleryImages
{
    private const int MaxWidth = 1280;

    public static string JpegUrl(Photo photo)
    {
        var jpegs = RenditionPlan.For(photo, PhotoShape.Original, RenditionFormat.Jpeg);
        return (jpegs.LastOrDefault(r => r.Width <= MaxWidth) ?? jpegs[0]).Url;
    }

    /// <summary>The photo with its credit, and the gallery's caption when it gives one.</summary>
    public static FeatureImage Of(Photo photo, string? caption = null) => new(JpegUrl(photo), photo.AltText, caption ?? photo.Caption, photo.Credit);
}
