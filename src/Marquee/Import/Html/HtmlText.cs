using System.Net;
using System.Text.RegularExpressions;

namespace Marquee.Import.Html;

/// <summary>Text as pages give it: entities, runs of white space, names with "By" and a date stuck to them.</summary>
internal static partial class HtmlText
{
    /// <summary>The text with entities decoded and white space collapsed; null for null.</summary>
    public static string? Squeeze(string? text) => text is null ? null : Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();

    /// <summary>A person's or a desk's name, not a URL, an e-mail address, a date or a sentence a site put in the author field.</summary>
    public static bool LooksLikeAName(string text) =>
        text.Length is > 1 and <= 80 && !text.Contains("://", StringComparison.Ordinal) && !text.Contains('@') && !text.Any(char.IsDigit) && text.Count(c => c == ' ') <= 6;

    /// <summary>"By Jane Doe and John Roe" → "Jane Doe", "John Roe": the bylines a meta tag gives.</summary>
    public static IEnumerable<string> Bylines(string text) =>
        ByAndSeparators().Split(ByPrefix().Replace(Squeeze(text) ?? "", ""))
            .Select(name => name.Trim(' ', ',', '|', '·', '-'))
            .Where(LooksLikeAName);

    /// <summary>
    /// The names of a byline seen on the page, which often runs on into a title and a desk ("Jane Doe, Senior
    /// Writer, Politics"): the names before the first comma, pipe or dash.
    /// </summary>
    public static IEnumerable<string> VisibleBylines(string text) => Bylines(VisibleBylineEnd().Split(Squeeze(text) ?? "")[0]);

    [GeneratedRegex(@"\s*(?:,|\||—|–|\s-\s)\s*")]
    private static partial Regex VisibleBylineEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:by|par|por|von|di|door|av|af)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ByAndSeparators();
}
