using System.Diagnostics;
using System.Globalization;
using NetVips;

namespace Marquee.Benchmarks.Photos;

/// <summary>
/// Renditions per second and peak RSS for a 24-megapixel JPEG, one library per process so that
/// each peak is its own: `dotnet run -c Release --project bench/Marquee.Benchmarks -- photos netvips|skiasharp|imagesharp|marquee`.
/// </summary>
public static class PhotoRenditionMeasurement
{
    private static readonly int[] Widths = [320, 640, 960, 1280, 1920];

    public static int Run(string libraryName, int rounds)
    {
        IRenditionLibrary library = libraryName switch
        {
            "netvips" => new NetVipsRenditions(),
            "skiasharp" => new SkiaSharpRenditions(),
            "imagesharp" => new ImageSharpRenditions(),
            "marquee" => new MarqueeRenditions(),
            _ => throw new ArgumentException($"Unknown library '{libraryName}': netvips, skiasharp, imagesharp or marquee.", nameof(libraryName)),
        };
        var folder = Directory.CreateTempSubdirectory("marquee-renditions-").FullName;
        var source = Path.Combine(Path.GetTempPath(), "marquee-24mp.jpg");
        if (!File.Exists(source))
        {
            WritePhotoLikeJpeg(source);
        }

        var baseline = PeakResidentMegabytes();
        var clock = Stopwatch.StartNew();
        var written = 0;
        for (var round = 0; round < rounds; round++)
        {
            written += library.WriteRenditions(source, folder, Widths);
        }

        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{library.Name}: {written / rounds} renditions per photo ({string.Join(' ', Directory.GetFiles(folder).Select(Path.GetExtension).Distinct())}), {written / clock.Elapsed.TotalSeconds:F2} renditions/s, {clock.Elapsed.TotalSeconds / rounds:F2} s per photo, peak RSS {PeakResidentMegabytes():F0} MB (before: {baseline:F0} MB)"));
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>6000×4000 with detail at every scale (noise over Perlin gradients), so encoders work as hard as on a photo; made at run time, never committed.</summary>
    private static void WritePhotoLikeJpeg(string path)
    {
        using var light = Image.Perlin(6000, 4000, cellSize: 400) * 90 + 128;
        using var detail = Image.Worley(6000, 4000, cellSize: 40) * 0.5;
        using var grain = Image.Gaussnoise(6000, 4000, sigma: 18, mean: 0);
        using var red = light + detail + grain;
        using var green = light * 0.8 + grain + 20;
        using var blue = light * 0.6 + detail + 40;
        using var colour = red.Bandjoin(green, blue).Cast(Enums.BandFormat.Uchar);
        colour.Jpegsave(path, q: 90);
    }

    private static double PeakResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
