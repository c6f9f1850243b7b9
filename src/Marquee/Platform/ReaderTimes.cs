using System.Globalization;
using Microsoft.Extensions.Options;

namespace Marquee.Platform;

/// <summary>
/// A time as readers read it, in the site's zone (<c>Marquee:Site:TimeZone</c>): "Nov 19, 2017, 8:04 PM PST". The zone's
/// short name comes from a small table of the common ones (ICU names only the long "Pacific Standard Time"), else "GMT+1".
/// </summary>
public sealed class ReaderTimes(IOptions<SiteOptions> options)
{
    private static readonly Dictionary<string, (string Standard, string Daylight)> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["America/Los_Angeles"] = ("PST", "PDT"),
        ["America/Denver"] = ("MST", "MDT"),
        ["America/Phoenix"] = ("MST", "MST"),
        ["America/Chicago"] = ("CST", "CDT"),
        ["America/New_York"] = ("EST", "EDT"),
        ["Europe/London"] = ("GMT", "BST"),
        ["UTC"] = ("UTC", "UTC"),
        ["Etc/UTC"] = ("UTC", "UTC"),
    };

    public string Of(DateTime utc)
    {
        var site = options.Value;
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant, site.Zone);
        return $"{local.ToString("MMM d, yyyy, h:mm tt", CultureInfo.InvariantCulture)} {ShortName(site, instant)}";
    }

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>: UTC, whole seconds.</summary>
    public static string Machine(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string ShortName(SiteOptions site, DateTime instant)
    {
        var daylight = site.Zone.IsDaylightSavingTime(instant);
        if (ShortNames.TryGetValue(site.TimeZone, out var names))
        {
            return daylight ? names.Daylight : names.Standard;
        }

        var offset = site.Zone.GetUtcOffset(instant);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var hours = Math.Abs(offset.Hours);
        return offset == TimeSpan.Zero ? "GMT" : offset.Minutes == 0 ? $"GMT{sign}{hours}" : $"GMT{sign}{hours}:{Math.Abs(offset.Minutes):00}";
    }
}
