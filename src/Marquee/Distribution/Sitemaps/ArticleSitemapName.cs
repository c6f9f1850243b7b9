using System.Globalization;
using System.Text.RegularExpressions;

namespace Marquee.Distribution.Sitemaps;

/// <summary>
/// One article sitemap file: a month of publication and a part number. The first part is
/// /sitemap-articles-2025-11.xml, later ones /sitemap-articles-2025-11-2.xml, so a month that never
/// exceeds one file keeps one stable URL.
/// </summary>
public sealed partial record ArticleSitemapName(int Year, int Month, int Part)
{
    public string Path => Part == 1
        ? $"/sitemap-articles-{Year:D4}-{Month:D2}.xml"
        : $"/sitemap-articles-{Year:D4}-{Month:D2}-{Part}.xml";

    public DateTime Start => new(Year, Month, 1, 0, 0, 0, DateTimeKind.Utc);

    public DateTime End => Start.AddMonths(1);

    /// <summary>The name a URL's "{period}" spells, or null for anything else ("2025-13", "2025-11-1", "2025-11-x").</summary>
    public static ArticleSitemapName? Parse(string period)
    {
        var match = PeriodPattern().Match(period);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var part = 1;
        return year is >= 1 and <= 9998 && month is >= 1 and <= 12
            && (!match.Groups["part"].Success || int.TryParse(match.Groups["part"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out part))
            ? new ArticleSitemapName(year, month, part)
            : null;
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})(?:-(?<part>[2-9]|[1-9]\d{1,8}))?$")]
    private static partial Regex PeriodPattern();
}
