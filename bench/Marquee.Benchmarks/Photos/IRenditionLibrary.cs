namespace Marquee.Benchmarks.Photos;

/// <summary>One image library under measurement: decode a JPEG once and write every rendition it can.</summary>
public interface IRenditionLibrary
{
    string Name { get; }

    /// <summary>Writes the renditions of <paramref name="sourcePath"/> into <paramref name="folder"/>; returns how many it wrote.</summary>
    int WriteRenditions(string sourcePath, string folder, IReadOnlyList<int> widths);
}
