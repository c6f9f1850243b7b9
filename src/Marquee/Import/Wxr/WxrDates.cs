using System.Globalization;

namespace Marquee.Import.Wxr;

/// <summary>
/// An item's publish and modified times in UTC. Publish: <c>wp:post_date_gmt</c>, else its site-time <c>wp:post_date</c> read as UTC (the
/// export does not say the site's zone; reported), else the RSS <c>pubDate</c>. WordPress writes "0000-00-00 00:00:00" for
/// a date never set (drafts): that is no date. Any other text that is not a date refuses the file.
/// </summary>
internal static class WxrDates
{
    private const string Unset = "0000-00-00 00:00:00";

    public static DateTime? PublishTime(string file, string where, WxrRecord item, Action<string> report)
    {
        if (Parse(file, where, item, "wp:post_date_gmt") is { } gmt)
        {
            return gmt;
        }

        if (Parse(file, where, item, "wp:post_date") is { } local)
        {
            report("has no wp:post_date_gmt; its site-time wp:post_date is taken as UTC");
            return local;
        }

        return item.Text("pubDate") is { } rss && DateTimeOffset.TryParse(rss, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.UtcDateTime
            : null;
    }

    /// <summary>When WordPress last changed the item: <c>wp:post_modified_gmt</c>, else its site-time <c>wp:post_modified</c> read as UTC.</summary>
    public static DateTime? ModifiedTime(string file, string where, WxrRecord item) =>
        Parse(file, where, item, "wp:post_modified_gmt") ?? Parse(file, where, item, "wp:post_modified");

    private static DateTime? Parse(string file, string where, WxrRecord item, string field)
    {
        if (item.Text(field) is not { } text || text == Unset)
        {
            return null;
        }

        return DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? DateTime.SpecifyKind(time, DateTimeKind.Utc)
            : throw new ImportException(file, where, $"{field} '{text}' is not a date (yyyy-mm-dd hh:mm:ss)");
    }
}
