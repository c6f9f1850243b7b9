using Marquee.Platform;

namespace Marquee.Content.Live;

/// <summary>How live stories are read: entries per page, and the cadence readers poll at, which the server can raise for everyone at once.</summary>
public sealed class LiveOptions : ICheckedOptions
{
    public const string Section = "Marquee:Live";

    /// <summary>Seconds between a reader's polls of the update resource; 0 stops polling (the kill switch: readers reload to see more).</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>Entries per page of the stream.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>The most changed entries one update answer carries; a reader further behind is told to reload.</summary>
    public int MaxUpdates { get; set; } = 50;

    public string? Problem() =>
        PollSeconds is < 0 or > 3600 ? $"Marquee:Live:PollSeconds '{PollSeconds}' must be between 0 (no polling) and 3600."
        : PageSize is < 1 or > 200 ? $"Marquee:Live:PageSize '{PageSize}' must be between 1 and 200."
        : MaxUpdates is < 1 or > 500 ? $"Marquee:Live:MaxUpdates '{MaxUpdates}' must be between 1 and 500."
        : null;
}
