using System.Text.RegularExpressions;

namespace Marquee.Import;

/// <summary>HTML from another system kept as it is inside a Markdown body (sanitised on render like every body).</summary>
internal static partial class ImportHtml
{
    /// <summary>
    /// HTML as one CommonMark HTML block. A blank line would end the block and turn the rest into Markdown, so each
    /// becomes a newline character reference: the same text once parsed, inside <c>pre</c> too. HTML that opens with
    /// anything but a block element that starts such a block (text, an image, <c>pre</c>) is wrapped in a <c>div</c> that does.
    /// </summary>
    public static string Block(string html)
    {
        var block = BlankLine().Replace(html.ReplaceLineEndings("\n").Trim(), "\n$1&#10;");
        return BlockStart().IsMatch(block) ? block : "<div>\n" + block + "\n</div>";
    }

    [GeneratedRegex(@"\n([ \t]*)\n")]
    private static partial Regex BlankLine();

    /// <summary>Elements that open a CommonMark HTML block running to the next blank line (its type 6).</summary>
    [GeneratedRegex(@"^<(?:address|article|aside|blockquote|details|div|dl|figure|footer|h[1-6]|header|hr|main|nav|ol|p|section|table|ul)(?:[\s/>]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex BlockStart();
}
