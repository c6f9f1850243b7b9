using System.Globalization;

namespace Marquee.Distribution.GhostContentApi.Nql;

/// <summary>Dates in filters: `2024-05-01`, `'2024-05-01 20:00:00'` (UTC) or relative to now (`now-30d`).</summary>
internal static class RelativeDates
{
    public static DateTime Parse(string text, string field)
    {
        if (text.StartsWith("now", StringComparison.OrdinalIgnoreCase))
        {
            return Relative(text, field);
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new NqlSyntaxException($"Query Error: '{text}' is not a date for '{field}'");
    }

    private static DateTime Relative(string text, string field)
    {
        var now = DateTime.UtcNow;
        if (text.Length == 3)
        {
            return now;
        }

        var sign = text[3] switch
        {
            '-' => -1,
            '+' => 1,
            _ => throw new NqlSyntaxException($"Query Error: '{text}' is not a date for '{field}'"),
        };
        if (text.Length < 6 || !int.TryParse(text.AsSpan(4, text.Length - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            throw new NqlSyntaxException($"Query Error: '{text}' is not a relative date like now-30d for '{field}'");
        }

        amount *= sign;
        return text[^1] switch
        {
            'd' => now.AddDays(amount),
            'w' => now.AddDays(7 * amount),
            'M' => now.AddMonths(amount),
            'y' => now.AddYears(amount),
            'h' => now.AddHours(amount),
            'm' => now.AddMinutes(amount),
            's' => now.AddSeconds(amount),
            _ => throw new NqlSyntaxException($"Query Error: '{text[^1]}' is not a unit of time (d, w, M, y, h, m, s) in '{text}'"),
        };
    }
}
