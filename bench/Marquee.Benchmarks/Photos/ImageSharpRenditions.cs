using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Marquee.Benchmarks.Photos;

/// <summary>ImageSharp 2.1.13 (fully managed): one full decode, a resize per width, WebP and JPEG — it has no AVIF encoder.</summary>
public sealed class ImageSharpRenditions : IRenditionLibrary
{
    public string Name => "SixLabors.ImageSharp 2.1.13";

    public int WriteRenditions(string sourcePath, string folder, IReadOnlyList<int> widths)
    {
        using var original = Image.Load(sourcePath);
        var written = 0;
        foreach (var width in widths)
        {
            using var resized = original.Clone(context => context.Resize(width, 0));
            resized.Save(Path.Combine(folder, $"imagesharp-{width}.webp"), new WebpEncoder { Quality = 80 });
            resized.Save(Path.Combine(folder, $"imagesharp-{width}.jpg"), new JpegEncoder { Quality = 82 });
            written += 2;
        }

        return written;
    }
}
