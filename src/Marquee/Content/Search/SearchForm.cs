using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Marquee.Content.Search;

/// <summary>What the search page was asked, as the query string said it: the words and the filters' slugs and dates.</summary>
public sealed record SearchForm(string Text, string? Tag, string? Section, string? Author, string? From, string? To)
{
    /// <summary>The dates of <see cref="From"/> and <see cref="To"/>, or what is wrong with one, naming it.</summary>
    public (DateOnly? From, DateOnly? To, string? Problem) Dates()
    {
        var (from, fromOk) = Date(From);
        var (to, toOk) = Date(To);
        return !fromOk ? (null, null, $"from '{From}' is not a date (YYYY-MM-DD)")
            : !toOk ? (null, null, $"to '{To}' is not a date (YYYY-MM-DD)")
            : (from, to, null);
    }

    /// <summary>This search's URL for another page, or with other words (a spelling correction), the filters kept.</summary>
    public string Url(int page = 1, string? text = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = text ?? Text, ["tag"] = Tag, ["section"] = Section, ["author"] = Author, ["from"] = From, ["to"] = To,
            ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/search", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private static (DateOnly? Date, bool Ok) Date(string? text) =>
        string.IsNullOrEmpty(text) ? (null, true)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? (date, true)
        : (null, false);
}
