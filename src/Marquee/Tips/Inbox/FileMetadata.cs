namespace Marquee.Tips.Inbox;

/// <summary>
/// What a tip's file says about itself (EXIF, IPTC, XMP), shown to the tip editor because it can name the source; or why
/// none was read (<see cref="NotRead"/>: not an image, or one that could not be read).
/// </summary>
public sealed record FileMetadata(IReadOnlyList<MetadataField> Exif, IReadOnlyList<MetadataField> Iptc, string? Xmp, string? NotRead)
{
    public static FileMetadata None(string why) => new([], [], null, why);

    public bool IsEmpty => Exif.Count == 0 && Iptc.Count == 0 && Xmp is null;

    public bool HasGps => Exif.Any(exif => exif.Name.StartsWith("GPS", StringComparison.Ordinal));
}
