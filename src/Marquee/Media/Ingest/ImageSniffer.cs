using System.Text;
using Marquee.Media.Photos;

namespace Marquee.Media.Ingest;

/// <summary>
/// Recognises an upload by its first bytes (magic numbers), never by its name or Content-Type, so a
/// page or script named photo.jpg is refused before any decoder sees it.
/// </summary>
public static class ImageSniffer
{
    public const int BytesNeeded = 64;

    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageFormat Recognise(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ImageFormat.Jpeg;
        }

        if (head.StartsWith(Png))
        {
            return ImageFormat.Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return ImageFormat.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.Webp;
        }

        if (IsoBrands(head) is { } brands)
        {
            return brands.Contains("avif", StringComparison.Ordinal) || brands.Contains("avis", StringComparison.Ordinal)
                ? ImageFormat.Avif
                : throw new UploadRefusedException($"is an ISO media file ({brands.Trim()}), not AVIF: HEIC and video are not accepted; export it as JPEG or AVIF");
        }

        throw new UploadRefusedException(LooksLikeSvg(head)
            ? "SVG is not accepted: it is a document that can carry script, not a photo; export it as PNG"
            : "is not an image Marquee accepts: its bytes are not JPEG, PNG, WebP, AVIF or GIF, whatever its name says");
    }

    /// <summary>The major and compatible brands of an ISO base media 'ftyp' box, or null when the file does not start with one.</summary>
    private static string? IsoBrands(ReadOnlySpan<byte> head)
    {
        if (head.Length < 16 || !head[4..8].SequenceEqual("ftyp"u8))
        {
            return null;
        }

        var boxLength = Math.Min((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3], head.Length);
        return boxLength < 16 ? null : Encoding.ASCII.GetString(head[8..boxLength]);
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<svg", StringComparison.OrdinalIgnoreCase))
            || text.StartsWith("<!DOCTYPE svg", StringComparison.OrdinalIgnoreCase);
    }
}
