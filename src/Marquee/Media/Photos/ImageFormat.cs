namespace Marquee.Media.Photos;

/// <summary>The formats an upload may be, recognised by their bytes.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
    Avif,
    Gif,
}
