using System.Text;
using Marquee.Media.Ingest;
using Marquee.Media.Photos;
using NetVips;

namespace Marquee.Tips.Inbox;

/// <summary>
/// Reads a tip file's EXIF, IPTC and XMP from its plaintext in memory (never from disk) with the one libvips loader its
/// bytes name, header only: the formats the media library takes (JPEG, PNG, WebP, AVIF, GIF); anything else is not read.
/// </summary>
public static class AttachmentMetadata
{
    /// <summary>XMP shown past this is cut: it is XML the editor skims for names and places, not a document to read whole.</summary>
    public const int MaxXmpCharacters = 8000;

    private const string ExifPrefix = "exif-ifd";

    public static FileMetadata Read(byte[] content)
    {
        ImageFormat format;
        try
        {
            format = ImageSniffer.Recognise(content.AsSpan(0, Math.Min(content.Length, ImageSniffer.BytesNeeded)));
        }
        catch (UploadRefusedException)
        {
            return FileMetadata.None("No metadata was read: the file is not a JPEG, PNG, WebP, AVIF or GIF image.");
        }

        try
        {
            using var image = Load(content, format);
            var fields = image.GetFields();
            return new FileMetadata(
                [.. fields.Where(name => name.StartsWith(ExifPrefix, StringComparison.Ordinal)).Select(name => new MetadataField(ExifName(name), image.Get(name).ToString() ?? ""))],
                fields.Contains("iptc-data") ? IptcRecords.Read((byte[])image.Get("iptc-data")) : [],
                fields.Contains("xmp-data") ? Xmp((byte[])image.Get("xmp-data")) : null,
                null);
        }
        catch (VipsException)
        {
            return FileMetadata.None($"No metadata was read: the file starts like {format.ToString().ToUpperInvariant()} but could not be read as one.");
        }
    }

    private static Image Load(byte[] content, ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => Image.JpegloadBuffer(content, access: Enums.Access.Sequential),
        ImageFormat.Png => Image.PngloadBuffer(content, access: Enums.Access.Sequential),
        ImageFormat.Webp => Image.WebploadBuffer(content, access: Enums.Access.Sequential),
        ImageFormat.Avif => Image.HeifloadBuffer(content, access: Enums.Access.Sequential),
        ImageFormat.Gif => Image.GifloadBuffer(content, access: Enums.Access.Sequential),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>"exif-ifd3-GPSLatitude" → "GPSLatitude".</summary>
    private static string ExifName(string field) => field[(field.IndexOf('-', ExifPrefix.Length) + 1)..];

    private static string Xmp(byte[] packet)
    {
        var text = Encoding.UTF8.GetString(packet).TrimEnd('\0');
        return text.Length > MaxXmpCharacters ? $"{text[..MaxXmpCharacters]}…" : text;
    }
}
