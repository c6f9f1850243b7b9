using Marquee.Media.Files;
using Marquee.Media.Photos;
using NetVips;

namespace Marquee.Media.Renditions;

/// <summary>
/// Makes a photo's renditions with libvips: each size is a shrink-on-load thumbnail of the original
/// (EXIF orientation applied, first frame of a GIF), encoded without any metadata.
/// </summary>
public static class RenditionWriter
{
    /// <summary>Encodes every rendition in memory (they are small) and returns them to be stored.</summary>
    public static IReadOnlyList<(Rendition Rendition, byte[] Bytes)> Make(Photo photo, string originalPath)
    {
        List<(Rendition, byte[])> made = [];
        foreach (var size in RenditionPlan.For(photo).GroupBy(r => (r.Shape, r.Width, r.Height)))
        {
            using var image = Resize(originalPath, photo, size.Key.Shape, size.Key.Width, size.Key.Height);
            made.AddRange(size.Select(rendition => (rendition, Encode(image, rendition.Format))));
        }

        return made;
    }

    private static Image Resize(string path, Photo photo, PhotoShape shape, int width, int height)
    {
        if (shape == PhotoShape.Original)
        {
            using var whole = Image.Thumbnail(path, width, height: height, size: Enums.Size.Force);
            return whole.CopyMemory();
        }

        // Scale so the crop box is covered, then cut it out centred on the focal point, kept inside the image.
        var scale = Math.Max((double)width / photo.Width, (double)height / photo.Height);
        var coverWidth = Math.Max(width, (int)Math.Ceiling(photo.Width * scale));
        var coverHeight = Math.Max(height, (int)Math.Ceiling(photo.Height * scale));
        using var cover = Image.Thumbnail(path, coverWidth, height: coverHeight, size: Enums.Size.Force);
        var left = Math.Clamp((int)Math.Round((photo.FocalX * coverWidth) - (width / 2.0)), 0, coverWidth - width);
        var top = Math.Clamp((int)Math.Round((photo.FocalY * coverHeight) - (height / 2.0)), 0, coverHeight - height);
        using var crop = cover.ExtractArea(left, top, width, height);
        return crop.CopyMemory();
    }

    private static byte[] Encode(Image image, RenditionFormat format)
    {
        var keep = Enums.ForeignKeep.None;
        if (format == RenditionFormat.Avif)
        {
            // Effort 2 of 9: AVIF is most of the time a photo takes (docs/performance.md); a low effort keeps the queue short.
            return image.HeifsaveBuffer(q: 55, compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: keep);
        }

        return format == RenditionFormat.Webp
            ? image.WebpsaveBuffer(q: 80, keep: keep)
            : image.JpegsaveBuffer(q: 82, interlace: true, keep: keep);
    }
}
