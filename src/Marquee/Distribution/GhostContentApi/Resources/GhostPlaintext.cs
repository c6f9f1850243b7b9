using System.Net;
using System.Text.RegularExpressions;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>`formats=plaintext`: the body's text, a line per block, as Ghost's plaintext format gives it.</summary>
public static partial class GhostPlaintext
{
    /// <summary>Ghost's reading speed for reading_time.</summary>
    private const double WordsPerMinute = 275;

    public static string FromHtml(string html)
    {
        var text = BlockEnds().Replace(html, "\n");
        text = WebUtility.HtmlDecode(Tags().Replace(text, ""));
        return BlankLines().Replace(text, "\n\n").Trim();
    }

    public static int ReadingMinutes(string plaintext) =>
        Math.Max(1, (int)Math.Round(plaintext.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length / WordsPerMinute));

    [GeneratedRegex(@"<br\s*/?>|</(p|h[1-6]|li|blockquote|figure|figcaption|pre|div)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex BlankLines();
}
