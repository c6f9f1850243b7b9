using NetVips;

namespace Marquee.Benchmarks.Photos;

/// <summary>NetVips as the product uses it: a shrink-on-load thumbnail per width, then WebP, AVIF and JPEG.</summary>
public sealed class NetVipsRenditions : IRenditionLibrary
{
    /// <summary>As in the product: libvips's operation cache would keep decoded originals alive between photos.</summary>
    public NetVipsRenditions() => Cache.Max = 0;

    public string Name => "NetVips 3.2.0 (libvips 8.18)";

    public int WriteRenditions(string sourcePath, string folder, IReadOnlyList<int> widths)
    {
        var written = 0;
        foreach (var width in widths)
        {
            // The thumbnail streams from the file; three encoders read it, so keep the small result in memory.
            using var thumbnail = Image.Thumbnail(sourcePath, width);
            using var image = thumbnail.CopyMemory();
            image.Webpsave(Path.Combine(folder, $"vips-{width}.webp"), q: 80);
            image.Heifsave(Path.Combine(folder, $"vips-{width}.avif"), q: 55, compression: Enums.ForeignHeifCompression.Av1, effort: 2);
            image.Jpegsave(Path.Combine(folder, $"vips-{width}.jpg"), q: 82);
            written += 3;
        }

        return written;
    }
}
