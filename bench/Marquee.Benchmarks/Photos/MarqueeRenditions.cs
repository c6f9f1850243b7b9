using Marquee.Media.Photos;
using Marquee.Media.Renditions;

namespace Marquee.Benchmarks.Photos;

/// <summary>
/// The product's own rendition set (RenditionWriter: every width and both crops in AVIF, WebP and JPEG),
/// with libvips set up as MediaDesk does it: one thread per operation, no operation cache.
/// </summary>
public sealed class MarqueeRenditions : IRenditionLibrary
{
    public MarqueeRenditions()
    {
        NetVips.NetVips.Concurrency = 1;
        NetVips.Cache.Max = 0;
    }

    public string Name => "Marquee's RenditionWriter (one decode slot)";

    public int WriteRenditions(string sourcePath, string folder, IReadOnlyList<int> widths)
    {
        using var header = NetVips.Image.NewFromFile(sourcePath);
        var photo = new Photo { ContentHash = new string('0', 64), Width = header.Width, Height = header.Height, CreatedBy = "benchmark" };
        var made = RenditionWriter.Make(photo, sourcePath);
        foreach (var (rendition, bytes) in made)
        {
            File.WriteAllBytes(Path.Combine(folder, rendition.Name), bytes);
        }

        return made.Count;
    }
}
