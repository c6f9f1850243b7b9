using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Marquee.Content.Search;

/// <summary>
/// A snippet as the engines return it, the matched words between two control characters that stored text never holds
/// (<see cref="Clean"/> removes them), made into safe HTML: every piece encoded, the matches in &lt;mark&gt;.
/// </summary>
public static class SearchSnippet
{
    public const char Start = '\u0002';

    public const char End = '\u0003';

    public static HtmlString ToHtml(string marked)
    {
        var html = new StringBuilder();
        var pieces = marked.Split(Start, End);
        for (var i = 0; i < pieces.Length; i++)
        {
            // Pieces alternate outside and inside a match; a match the engine cut off at the end is closed.
            html.Append(i == 0 ? "" : i % 2 == 1 ? "<mark>" : "</mark>");
            html.Append(HtmlEncoder.Default.Encode(pieces[i]));
        }

        html.Append(pieces.Length % 2 == 0 ? "</mark>" : "");
        return new HtmlString(html.ToString());
    }

    /// <summary>
    /// Text as the index stores it: without the marker characters, so a snippet's marks are only the engine's, and
    /// without angle brackets, which PostgreSQL's parser would take for tags and leave the words inside unindexed.
    /// </summary>
    public static string Clean(string text) => text.Replace(Start, ' ').Replace(End, ' ').Replace('<', ' ').Replace('>', ' ');
}
