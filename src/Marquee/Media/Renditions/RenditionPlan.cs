using System.Globalization;
using Marquee.Media.Photos;

namespace Marquee.Media.Renditions;

/// <summary>
/// Which renditions a photo has, derived from its hash, size and focal point alone: the worker writes
/// exactly these and pages link exactly these, with no table of files between them. Never upscaled.
/// </summary>
public static class RenditionPlan
{
    public static readonly IReadOnlyList<int> Widths = [320, 640, 960, 1280, 1920];

    /// <summary>Crops are for cards and thumbnails, so they need fewer widths.</summary>
    private static readonly IReadOnlyList<int> CropWidths = [320, 640, 1280];

    /// <summary>Characters of the content hash in a name: 80 bits, and a short URL.</summary>
    private const int HashLength = 20;

    public static IReadOnlyList<Rendition> For(Photo photo) =>
        [.. Sizes(photo, PhotoShape.Original).Concat(Sizes(photo, PhotoShape.Wide)).Concat(Sizes(photo, PhotoShape.Square))
            .SelectMany(size => RenditionFormat.All.Select(format => new Rendition(NameOf(photo, size.Shape, size.Width, format), size.Shape, size.Width, size.Height, format)))];

    public static IReadOnlyList<Rendition> For(Photo photo, PhotoShape shape, RenditionFormat format) =>
        [.. For(photo).Where(r => r.Shape == shape && r.Format == format)];

    /// <summary>Width over height of each shape; the original's own for Original.</summary>
    public static double AspectOf(Photo photo, PhotoShape shape) => shape switch
    {
        PhotoShape.Wide => 16.0 / 9,
        PhotoShape.Square => 1,
        _ => (double)photo.Width / photo.Height,
    };

    private static IEnumerable<(PhotoShape Shape, int Width, int Height)> Sizes(Photo photo, PhotoShape shape)
    {
        var aspect = AspectOf(photo, shape);
        // The widest crop of this shape that fits inside the original.
        var largest = Math.Min(photo.Width, (int)Math.Floor(photo.Height * aspect));
        var widths = (shape == PhotoShape.Original ? Widths : CropWidths).Where(w => w <= largest).ToList();
        if (widths.Count == 0)
        {
            widths.Add(largest);
        }

        return widths.Select(w => (shape, w, Math.Max(1, (int)Math.Round(w / aspect))));
    }

    /// <summary>What the name of every rendition of the photo with these bytes starts with, whatever its size or focal point.</summary>
    public static string NamePrefix(string contentHash) => $"{contentHash[..HashLength]}-";

    private static string NameOf(Photo photo, PhotoShape shape, int width, RenditionFormat format)
    {
        var prefix = NamePrefix(photo.ContentHash);
        return shape == PhotoShape.Original
            ? $"{prefix}{width}.{format.Extension}"
            // The focal point is in a crop's name: moving it makes new files, so a cached crop is never wrong.
            : string.Create(CultureInfo.InvariantCulture, $"{prefix}{(shape == PhotoShape.Wide ? "16x9" : "1x1")}-{photo.FocalX * 1000:0000}{photo.FocalY * 1000:0000}-{width}.{format.Extension}");
    }
}
