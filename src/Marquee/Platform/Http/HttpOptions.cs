namespace Marquee.Platform.Http;

/// <summary>Limits that keep one hostile client from costing the site more than a reader would (docs/security.md).</summary>
public sealed class HttpOptions : ICheckedOptions
{
    public const string Section = "Marquee:Http";

    /// <summary>The longest query string (as sent, percent-encoded) answered; longer ones get 414.</summary>
    public int MaxQueryStringBytes { get; set; } = 4096;

    /// <summary>
    /// Requests per client address per minute that reach past the page cache and static files (renders, API
    /// queries, previews, the newsroom, media); over it, 429. Cache hits are free. 0 = no limit.
    /// </summary>
    public int UncachedRequestsPerMinute { get; set; } = 1200;

    /// <summary>What is wrong with these settings, or null: checked at start so a bad value fails the process, not a request.</summary>
    public string? Problem() =>
        MaxQueryStringBytes < 256 ? $"Marquee:Http:MaxQueryStringBytes '{MaxQueryStringBytes}' must be 256 or more."
        : UncachedRequestsPerMinute < 0 ? $"Marquee:Http:UncachedRequestsPerMinute '{UncachedRequestsPerMinute}' must be 0 (no limit) or more."
        : null;
}
