using Marquee.Platform;

namespace Marquee.Content.Search;

/// <summary>
/// How search ranks and what it lets one reader cost. A result's score is its relevance times its freshness:
/// RecencyFloor + (1 − RecencyFloor) / (1 + age in days / RecencyHalfLifeDays), so a story RecencyHalfLifeDays old
/// keeps a little over half its weight and an old one never drops below RecencyFloor: with the defaults this week's
/// story outranks a 2017 story unless the old one matches about seven times better.
/// </summary>
public sealed class SearchOptions : ICheckedOptions
{
    public const string Section = "Marquee:Search";

    public double RecencyHalfLifeDays { get; set; } = 7;

    public double RecencyFloor { get; set; } = 0.1;

    /// <summary>Results per page.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>The longest query answered, in characters; longer ones get 400 (the whole query string is capped by Marquee:Http).</summary>
    public int MaxQueryLength { get; set; } = 400;

    /// <summary>Searches per client address per minute that miss the page cache; over it, 429 with Retry-After. 0 = no limit.</summary>
    public int UncachedSearchesPerMinute { get; set; } = 60;

    public string? Problem() =>
        RecencyHalfLifeDays <= 0 ? $"Marquee:Search:RecencyHalfLifeDays '{RecencyHalfLifeDays}' must be more than 0."
        : RecencyFloor is < 0 or > 1 ? $"Marquee:Search:RecencyFloor '{RecencyFloor}' must be between 0 (only fresh stories count) and 1 (age does not count)."
        : PageSize is < 1 or > 100 ? $"Marquee:Search:PageSize '{PageSize}' must be between 1 and 100."
        : MaxQueryLength is < 10 or > 2000 ? $"Marquee:Search:MaxQueryLength '{MaxQueryLength}' must be between 10 and 2000."
        : UncachedSearchesPerMinute < 0 ? $"Marquee:Search:UncachedSearchesPerMinute '{UncachedSearchesPerMinute}' must be 0 (no limit) or more."
        : null;
}
