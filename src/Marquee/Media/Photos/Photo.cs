namespace Marquee.Media.Photos;

/// <summary>
/// One photo in the library: its private original (never served), the facts every use of it needs
/// (caption, alt text, credit, licence) and whether its renditions are made.
/// </summary>
public sealed class Photo
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the uploaded bytes (hex): the same file uploaded twice is one photo, and rendition names start with it.</summary>
    public required string ContentHash { get; set; }

    public ImageFormat OriginalFormat { get; set; }

    /// <summary>Width as displayed, after the EXIF orientation.</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    public string? Caption { get; set; }

    public string? AltText { get; set; }

    public string? Credit { get; set; }

    public string? Source { get; set; }

    /// <summary>Lower-case keywords, one per line.</summary>
    public string Keywords { get; set; } = "";

    /// <summary>Caption, credit and keywords in lower case: the library's search is one LIKE, case-insensitive on every provider.</summary>
    public string SearchText { get; set; } = "";

    public DateTime? LicenceExpiresAt { get; set; }

    public double FocalX { get; set; } = 0.5;

    public double FocalY { get; set; } = 0.5;

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Null while renditions are pending: a node starting up resumes every photo still null.</summary>
    public DateTime? RenditionsMadeAt { get; set; }

    public string? RenditionFailure { get; set; }

    public string OriginalKey => $"originals/{ContentHash}.{OriginalFormat.ToString().ToLowerInvariant()}";

    public IReadOnlyList<string> KeywordList => Keywords.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Public pages show a photo only until its licence ends.</summary>
    public bool IsUsableAt(DateTime now) => LicenceExpiresAt is not { } expiry || now < expiry;

    /// <summary>What a photo lacks before it may appear on a published page; empty when it may.</summary>
    public IReadOnlyList<string> MissingForPublishing() =>
        [.. new[] { (Field: "alt text", Value: AltText), (Field: "credit", Value: Credit) }
            .Where(f => string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Field)];

    /// <summary>Renditions are to be made again (a new focal point, or a retry after a failure): the worker makes them once the id is queued.</summary>
    public void RemakeRenditions()
    {
        RenditionsMadeAt = null;
        RenditionFailure = null;
    }

    public bool CanPublish => MissingForPublishing().Count == 0;
}
