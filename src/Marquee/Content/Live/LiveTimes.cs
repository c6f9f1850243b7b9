using System.Globalization;

namespace Marquee.Content.Live;

/// <summary>How an entry's times are written: the machine-readable instant, and a clock time in UTC that live.js turns into the reader's zone.</summary>
public static class LiveTimes
{
    public static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Clock(DateTime utc) => utc.ToString("h:mm tt 'UTC'", CultureInfo.InvariantCulture);
}
