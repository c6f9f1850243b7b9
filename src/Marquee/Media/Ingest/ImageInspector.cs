using Marquee.Media.Photos;
using NetVips;

namespace Marquee.Media.Ingest;

/// <summary>
/// Reads an upload's header with the one loader its bytes named, refuses bombs from the header alone,
/// then decodes it once at a small size (streaming, so memory stays bounded) to refuse truncated and
/// corrupt files before anything is stored.
/// </summary>
public static class ImageInspector
{
    /// <summary>The displayed size (EXIF orientation applied).</summary>
    public static (int Width, int Height) Inspect(string path, ImageFormat format, MediaOptions limits)
    {
        try
        {
            using var header = LoadHeader(path, format);
            CheckPixels(header, limits);
            if (format == ImageFormat.Gif)
            {
                CheckFrames(header, limits);
            }

            CheckDecodes(path);
            var turned = header.Contains("orientation") && header.Get("orientation") is int orientation && orientation >= 5;
            return turned ? (header.Height, header.Width) : (header.Width, header.Height);
        }
        catch (VipsException)
        {
            throw new UploadRefusedException($"could not be read as {format.ToString().ToUpperInvariant()}: the file is truncated or corrupt");
        }
    }

    private static Image LoadHeader(string path, ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => Image.Jpegload(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
        ImageFormat.Png => Image.Pngload(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
        ImageFormat.Webp => Image.Webpload(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
        ImageFormat.Avif => Image.Heifload(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
        ImageFormat.Gif => Image.Gifload(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static void CheckPixels(Image header, MediaOptions limits)
    {
        var megapixels = (double)header.Width * header.Height / 1_000_000;
        if (megapixels > limits.MaxMegapixels)
        {
            throw new UploadRefusedException($"is {header.Width} × {header.Height} pixels ({megapixels:N0} megapixels); the limit is {limits.MaxMegapixels} megapixels (Marquee:Media:MaxMegapixels), which keeps a small file from expanding into gigabytes when decoded");
        }
    }

    private static void CheckFrames(Image header, MediaOptions limits)
    {
        var frames = header.Contains("n-pages") ? (int)header.Get("n-pages") : 1;
        if (frames > limits.MaxGifFrames)
        {
            throw new UploadRefusedException($"is a GIF of {frames:N0} frames; the limit is {limits.MaxGifFrames:N0} (Marquee:Media:MaxGifFrames)");
        }
    }

    /// <summary>Every byte decoded (shrink-on-load where the format allows), failing on any truncation or error.</summary>
    private static void CheckDecodes(string path)
    {
        using var small = Image.Thumbnail(path, 64, failOn: Enums.FailOn.Truncated);
        small.Avg();
    }
}
