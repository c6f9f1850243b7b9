using SkiaSharp;

namespace Marquee.Benchmarks.Photos;

/// <summary>SkiaSharp: one full decode, a high-quality resize per width, then every format Skia can encode.</summary>
public sealed class SkiaSharpRenditions : IRenditionLibrary
{
    private static readonly SKEncodedImageFormat[] Formats = [SKEncodedImageFormat.Webp, SKEncodedImageFormat.Avif, SKEncodedImageFormat.Jpeg];

    public string Name => "SkiaSharp 4.155.0";

    public int WriteRenditions(string sourcePath, string folder, IReadOnlyList<int> widths)
    {
        using var original = SKBitmap.Decode(sourcePath);
        var written = 0;
        foreach (var width in widths)
        {
            var height = (int)Math.Round((double)original.Height * width / original.Width);
            using var resized = original.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized);
            foreach (var format in Formats)
            {
                using var data = image.Encode(format, 80);
                if (data is null)
                {
                    continue;
                }

                using var file = File.Create(Path.Combine(folder, $"skia-{width}.{format}".ToLowerInvariant()));
                data.SaveTo(file);
                written++;
            }
        }

        return written;
    }
}
