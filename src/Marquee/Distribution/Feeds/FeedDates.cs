using System.Globalization;

namespace Marquee.Distribution.Feeds;

/// <summary>The two date formats feeds use: RFC 822 in RSS, RFC 3339 in Atom and JSON Feed. Times are UTC.</summary>
internal static class FeedDates
{
    public static string Rfc822(DateTime utc) => utc.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static string Rfc3339(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
