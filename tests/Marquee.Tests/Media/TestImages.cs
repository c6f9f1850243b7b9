using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace Marquee.Tests.Media;

/// <summary>Images made in the test, with libvips or byte by byte for what no encoder would write (bombs, broken files).</summary>
public static class TestImages
{
    /// <summary>A gradient with a pixel coloured by the seed, so different seeds are different photos.</summary>
    public static byte[] Encoded(string extension, int width = 640, int height = 480, int seed = 0)
    {
        using var gradient = Gradient(width, height, seed);
        using var image = gradient.Mutate(m => m.DrawRect([seed & 255, (seed >> 8) & 255, (seed >> 16) & 255], 0, 0, 2, 2, fill: true));
        return image.WriteToBuffer($".{extension}");
    }

    /// <summary>Left half black, right half white: a crop's brightness says which side it was cut from.</summary>
    public static byte[] HalfBlackHalfWhite(int width, int height, int seed)
    {
        using var black = Image.Black(width / 2, height, bands: 3);
        using var white = (Image.Black(width - (width / 2), height, bands: 3) + 255).Cast(Enums.BandFormat.Uchar);
        using var joined = black.Cast(Enums.BandFormat.Uchar).Join(white, Enums.Direction.Horizontal);
        // One pixel differs per seed so each image is its own photo.
        using var marked = joined.Mutate(m => m.DrawRect([seed % 255, 0, 0], 0, 0, 1, 1, fill: true));
        return marked.WriteToBuffer(".png");
    }

    /// <summary>
    /// A JPEG stored 400 wide and 200 high with EXIF orientation 6 (shown turned 90°, 200 × 400) and a GPS position:
    /// the EXIF block is written by hand because no encoder here writes GPS tags.
    /// </summary>
    public static byte[] JpegTurnedWithGps()
    {
        using var image = Gradient(400, 200, 1).Mutate(m => m.Set(GValue.BlobType, "exif-data", ExifWithOrientationAndGps()));
        return image.JpegsaveBuffer(keep: Enums.ForeignKeep.All);
    }

    /// <summary>The XMP creator and IPTC by-line <see cref="JpegWithGpsXmpAndIptc"/> carries, beside its GPS position.</summary>
    public const string MetadataCreator = "Sam Source-Photographer";

    /// <summary>As <see cref="JpegTurnedWithGps"/>, also naming its photographer in XMP (dc:creator) and IPTC (2:80 By-line, in Photoshop's APP13).</summary>
    public static byte[] JpegWithGpsXmpAndIptc()
    {
        var xmp = Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>" + MetadataCreator
            + "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>");
        using var image = Gradient(400, 200, 2).Mutate(m =>
        {
            m.Set(GValue.BlobType, "exif-data", ExifWithOrientationAndGps());
            m.Set(GValue.BlobType, "xmp-data", xmp);
            m.Set(GValue.BlobType, "iptc-data", PhotoshopIptc(MetadataCreator));
        });
        return image.JpegsaveBuffer(keep: Enums.ForeignKeep.All);
    }

    /// <summary>A valid PNG header claiming 50,000 × 50,000 pixels (2.5 gigapixels) with a few bytes of data.</summary>
    public static byte[] PngBomb()
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 50_000);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 50_000);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        PngChunk(png, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[64 * 1024]);
        }

        PngChunk(png, "IDAT", compressed.ToArray());
        PngChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A 1 × 1 GIF with the given number of frames, each a few bytes.</summary>
    public static byte[] GifWithFrames(int frames)
    {
        using var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        gif.Write([1, 0, 1, 0, 0x80, 0, 0]); // 1 × 1, global colour table of 2 entries
        gif.Write([0, 0, 0, 255, 255, 255]);
        for (var i = 0; i < frames; i++)
        {
            gif.Write([0x21, 0xF9, 4, 0, 1, 0, 0, 0]); // graphic control: 1/100 s
            gif.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]); // image descriptor 1 × 1
            gif.Write([2, 2, 0x44, 0x01, 0]); // LZW minimum code size 2, one pixel
        }

        gif.WriteByte(0x3B);
        return gif.ToArray();
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static Image Gradient(int width, int height, int seed)
    {
        using var x = Image.Xyz(width, height);
        using var red = x[0] * (255.0 / width);
        using var green = x[1] * (255.0 / height);
        using var blue = (x[0] + x[1] + (seed * 37)) % 256;
        using var joined = red.Bandjoin(green, blue);
        return joined.Cast(Enums.BandFormat.Uchar);
    }

    private static void PngChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>"Exif\0\0" and a little-endian TIFF: IFD0 with Orientation = 6 and a pointer to a GPS IFD holding latitude 51° 30' N.</summary>
    private static byte[] ExifWithOrientationAndGps()
    {
        using var tiff = new MemoryStream();
        using var writer = new BinaryWriter(tiff);
        writer.Write("II"u8);
        writer.Write((ushort)42);
        writer.Write(8u);
        writer.Write((ushort)2); // IFD0 at 8: 2 entries, 12 bytes each, then next-IFD offset: ends at 38
        Entry(writer, 0x0112, 3, 1, 6); // Orientation: turn 90° clockwise
        Entry(writer, 0x8825, 4, 1, 38); // GPS IFD at 38
        writer.Write(0u);
        writer.Write((ushort)2); // GPS IFD at 38: ends at 68, rationals at 68
        Entry(writer, 0x0001, 2, 2, 'N');
        Entry(writer, 0x0002, 5, 3, 68);
        writer.Write(0u);
        foreach (var (numerator, denominator) in new[] { (51u, 1u), (30u, 1u), (0u, 1u) })
        {
            writer.Write(numerator);
            writer.Write(denominator);
        }

        writer.Flush();
        return [.. "Exif\0\0"u8, .. tiff.ToArray()];
    }

    /// <summary>"Photoshop 3.0", one 8BIM resource 0x0404 (IPTC-IIM) holding dataset 2:80 By-line.</summary>
    private static byte[] PhotoshopIptc(string byline)
    {
        var text = Encoding.UTF8.GetBytes(byline);
        byte[] iim = [0x1C, 2, 80, (byte)(text.Length >> 8), (byte)text.Length, .. text];
        var size = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(size, iim.Length);
        return [.. "Photoshop 3.0\0"u8, .. "8BIM"u8, 0x04, 0x04, 0, 0, .. size, .. iim, .. iim.Length % 2 == 1 ? new byte[] { 0 } : []];
    }

    private static void Entry(BinaryWriter writer, ushort tag, ushort type, uint count, uint value)
    {
        writer.Write(tag);
        writer.Write(type);
        writer.Write(count);
        writer.Write(value);
    }
}
