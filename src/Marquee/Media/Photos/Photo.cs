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

    /// <summary>Null while renditions are pending: a node starting up resumes every photo still due.</summary>
    public DateTime? RenditionsMadeAt { get; set; }

    /// <summary>The last attempt's error: while <see cref="RenditionsDueAt"/> is set it is retried, else it failed for good.</summary>
    public string? RenditionFailure { get; set; }

    /// <summary>Failed attempts since renditions were last asked for.</summary>
    public int RenditionAttempts { get; set; }

    /// <summary>When any node's sweep is to (re)try the renditions if they are not made by then; null once made or failed for good.</summary>
    public DateTime? RenditionsDueAt { get; set; }

    public string OriginalKey => $"originals/{ContentHash}.{OriginalFormat.ToString().ToLowerInvariant()}";

    public IReadOnlyList<string> KeywordList => Keywords.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Public pages show a photo only until its licence ends.</summary>
    public bool IsUsableAt(DateTime now) => LicenceExpiresAt is not { } expiry || now < expiry;

    /// <summary>
    /// Renditions are to be made (a new photo, a new focal point, a retry after a failure): the worker makes them once the id
    /// is queued; should that node not get to it, any node's sweep does at <paramref name="dueAt"/>.
    /// </summary>
    public void RequestRenditions(DateTime dueAt)
    {
        RenditionsMadeAt = null;
        RenditionFailure = null;
        RenditionAttempts = 0;
        RenditionsDueAt = dueAt;
    }

    public void RenditionsMade(DateTime now)
    {
        RenditionsMadeAt = now;
        RenditionFailure = null;
        RenditionsDueAt = null;
    }

    /// <summary>Records a failed attempt; <paramref name="retryAt"/> null means it failed for good.</summary>
    public void RenditionsFailed(string error, DateTime? retryAt)
    {
        RenditionFailure = error;
        RenditionAttempts++;
        RenditionsDueAt = retryAt;
    }

    public bool RenditionsFailedForGood => RenditionsMadeAt is null && RenditionFailure is not null && RenditionsDueAt is null;
}
