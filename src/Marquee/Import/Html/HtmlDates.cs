using System.Globalization;

namespace Marquee.Import.Html;

/// <summary>The dates pages put in their metadata (ISO 8601 in its many spellings, with or without a zone), as UTC.</summary>
internal static class HtmlDates
{
    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A time without a zone is taken as UTC: the page does not say, and a fixed rule keeps re-imports stable.
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            && parsed.Year is > 1990 and < 2200
            ? parsed.UtcDateTime
            : null;
    }
}
