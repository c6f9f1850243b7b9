using System.Net;
using System.Text.RegularExpressions;

namespace Marquee.Import.Wxr;

/// <summary>Plain text from WordPress's HTML fields (excerpts, captions): tags dropped, entities decoded, runs of space made one.</summary>
internal static partial class WxrText
{
    public static string? Plain(string? html) =>
        html is null ? null : Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, m => m.Groups["break"].Success ? " " : "")), " ").Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Every tag; those that part words (ends of blocks, line breaks) as "break". Any other (em, a) sits inside a word.</summary>
    [GeneratedRegex(@"(?<break></(?:p|div|li|h[1-6]|blockquote|figcaption)>|<br\s*/?>)|<[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
