using System.Text;
using System.Text.RegularExpressions;

namespace Marquee.Content.Body;

/// <summary>Plain text made safe to place in a Markdown body: it renders as the same words, never as markup.</summary>
public static partial class MarkdownText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        // A line that starts like a heading, list or quote block must stay a paragraph.
        return BlockMarker().Replace(builder.ToString(), @"$1\$2");
    }

    [GeneratedRegex(@"^(\s*\d*)([#+=-]|(?<=\d)[.)])", RegexOptions.Multiline)]
    private static partial Regex BlockMarker();
}
