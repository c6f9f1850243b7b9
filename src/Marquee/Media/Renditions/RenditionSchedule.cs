using Marquee.Storage;
using Microsoft.Extensions.Options;

namespace Marquee.Media.Renditions;

/// <summary>
/// When a photo's renditions are (re)tried (decision 0024): a request is due again if no node has made them
/// within <see cref="StalledAfter"/>; a transient failure waits Marquee:Media:RenditionRetrySeconds, doubling each
/// time, up to RenditionAttempts attempts; a content failure (an original libvips cannot decode) is final at once.
/// </summary>
public sealed class RenditionSchedule(IOptions<MediaOptions> options, TimeProvider clock)
{
    /// <summary>Long enough that the node which queued a photo has normally made it; then any node's sweep takes it over.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(5);

    private MediaOptions Media => options.Value;

    /// <summary>How often each node looks for due work: as often as the shortest wait it could be due after.</summary>
    public TimeSpan SweepEvery => TimeSpan.FromSeconds(Media.RenditionRetrySeconds);

    /// <summary>When a request made now is due for the sweep.</summary>
    public DateTime RequestedNow() => Now() + StalledAfter;

    /// <summary>When to try again after <paramref name="failedAttempts"/> failures (this one included), or null: failed for good.</summary>
    public DateTime? RetryAfter(int failedAttempts, bool transient) =>
        transient && failedAttempts < Media.RenditionAttempts
            ? Now() + (TimeSpan.FromSeconds(Media.RenditionRetrySeconds) * Math.Pow(2, failedAttempts - 1))
            : null;

    public DateTime Now() => StoredValues.Time(clock.GetUtcNow().UtcDateTime);
}
