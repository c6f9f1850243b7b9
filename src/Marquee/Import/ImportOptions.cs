using Marquee.Platform;

namespace Marquee.Import;

/// <summary>"Marquee:Import": how an import fetches the photos an export only names by URL (<c>--download-media</c>).</summary>
public sealed class ImportOptions : ICheckedOptions
{
    public const string Section = "Marquee:Import";

    public string? Problem() => MediaTimeoutSeconds <= 0 || MaxMediaMegabytes <= 0 || MediaDownloads <= 0
        ? "Marquee:Import:MediaTimeoutSeconds, MaxMediaMegabytes and MediaDownloads must be positive."
        : null;

    /// <summary>Seconds one download may take from request to last byte: a server that never answers costs this, never a hang.</summary>
    public int MediaTimeoutSeconds { get; set; } = 30;

    /// <summary>A download larger than this is refused while it is read (the media library's own cap is the usual choice).</summary>
    public int MaxMediaMegabytes { get; set; } = 40;

    /// <summary>Downloads at once.</summary>
    public int MediaDownloads { get; set; } = 4;
}
