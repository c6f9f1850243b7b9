using Marquee.Content.Photos;

namespace Marquee.Web.Layout;

/// <summary>The site's own card for shared links with no story photo wide enough: a raster, as Facebook and X show no SVG.</summary>
public static class SiteShareImage
{
    /// <summary>Facebook's recommended size; below 1,200 px wide it shows a small thumbnail instead of a large card.</summary>
    public const int SmallestWidth = 1200;

    public static readonly SizedImage Card = new("/img/share.png", 1200, 630);
}
