using System.Globalization;
using System.Text.RegularExpressions;

namespace Marquee.Import.Wxr;

/// <summary>
/// A post's content as a Marquee body: HTML kept as one CommonMark HTML block, which the body pipeline sanitises like
/// every body. Block-editor comments are dropped (the HTML between them is the post), the classic shortcodes WordPress
/// itself registers become HTML (<see cref="WxrShortcodes"/>), and classic paragraphs, which WordPress stores as text
/// between blank lines, become &lt;p&gt; as wpautop would make them.
/// </summary>
internal static partial class WxrBody
{
    public static string From(string content, IReadOnlyDictionary<string, WxrAttachment> attachments, string? postId, WxrGalleries? library, Action<string> report)
    {
        var html = Comments().Replace(WxrGalleryBlocks.Replace(content.ReplaceLineEndings("\n"), library), "");
        html = new WxrShortcodes(attachments, postId, library, report).Replace(html);
        var preformatted = new List<string>();
        html = Pre().Replace(html, m =>
        {
            preformatted.Add(m.Value);
            return $"\u0000{preformatted.Count - 1}\u0000";
        });
        var blocks = Paragraphs().Split(html).Select(b => b.Trim()).Where(b => b.Length > 0).Select(AsBlock);
        return Held().Replace(string.Join('\n', blocks), m => KeepOpen(preformatted[int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)]));
    }

    /// <summary>
    /// A chunk that does not open with a block element is a classic paragraph: &lt;p&gt;, its line breaks &lt;br&gt;. A gallery
    /// embed stays a Markdown paragraph of its own, blank lines around it, outside the HTML blocks.
    /// </summary>
    private static string AsBlock(string chunk) =>
        GalleryEmbed().IsMatch(chunk) ? $"\n{chunk}\n"
        : BlockStart().IsMatch(chunk) || Held().Match(chunk) is { Success: true, Index: 0 } ? chunk : $"<p>{chunk.Replace("\n", "<br>\n", StringComparison.Ordinal)}</p>";

    [GeneratedRegex(@"^\{\{gallery [a-z0-9-]+\}\}$")]
    private static partial Regex GalleryEmbed();

    /// <summary>A blank line would end the HTML block; in preformatted text it becomes a newline reference, the same text once parsed.</summary>
    private static string KeepOpen(string pre) => BlankLine().Replace(pre, "\n$1&#10;");

    [GeneratedRegex(@"\n([ \t]*)\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex("<pre[ >].*?</pre>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Pre();

    [GeneratedRegex("\u0000([0-9]+)\u0000")]
    private static partial Regex Held();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"^<(?:address|article|aside|blockquote|details|dl|div|figure|h[1-6]|hr|ol|p|section|table|ul)[\s/>]", RegexOptions.IgnoreCase)]
    private static partial Regex BlockStart();
}
