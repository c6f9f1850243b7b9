using Marquee.Media.Photos;

namespace Marquee.Content.Galleries;

/// <summary>A photo as a gallery shows it: the gallery's caption when it gives one, else the photo's own; the credit is always the photo's.</summary>
public sealed record GalleryPhoto(Photo Photo, string? Caption, bool IsCover)
{
    public string? Credit => Photo.Credit;
}
