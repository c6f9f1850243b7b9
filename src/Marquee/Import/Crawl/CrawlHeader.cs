using System.Globalization;
using System.Text.RegularExpressions;

namespace Marquee.Import.Crawl;

/// <summary>The first line of a crawl record: <c>date YYYY-MM-DD headline</c>.</summary>
internal sealed partial record CrawlHeader(DateOnly Date, string Headline)
{
    public static bool LooksLikeOne(string line) => line.TrimStart().StartsWith("date ", StringComparison.Ordinal);

    public static CrawlHeader Parse(string file, string line)
    {
        var match = Shape().Match(line.Trim());
        if (!match.Success)
        {
            throw new ImportException(file, "line 1", "expected 'date YYYY-MM-DD headline'");
        }

        if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ImportException(file, "line 1", $"'{match.Groups["date"].Value}' is not a date");
        }

        return new CrawlHeader(date, match.Groups["headline"].Value.Trim());
    }

    [GeneratedRegex(@"^date (?<date>\S+) (?<headline>.*\S.*)$")]
    private static partial Regex Shape();
}
