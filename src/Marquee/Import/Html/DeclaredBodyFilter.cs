using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Marquee.Import.Html;

/// <summary>
/// The publisher's own word on what the body is: when a page's JSON-LD carries the whole <c>articleBody</c>, a block
/// the extractor kept whose words are mostly not in it (a caption, a teaser, a sign-up pitch) is chrome and goes.
/// An <c>articleBody</c> cut short (many sites put a teaser there) covers little of the extraction and is not used.
/// </summary>
internal static class DeclaredBodyFilter
{
    /// <summary>Below this share of the extraction's words, the declared body is a teaser, not the whole text.</summary>
    private const double WholeBodyCoverage = 0.7;

    private const string TextBlocks = "p, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, pre, td, dd, dt";

    public static string Apply(string html, string? declaredBody)
    {
        if (declaredBody is null)
        {
            return html;
        }

        var declared = new HashSet<string>(Words(declaredBody), StringComparer.OrdinalIgnoreCase);
        var body = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
        if (Share(Words(body.TextContent), declared) < WholeBodyCoverage)
        {
            return html;
        }

        foreach (var block in body.QuerySelectorAll(TextBlocks).Where(b => b.QuerySelector(TextBlocks) is null).ToList())
        {
            if (Words(block.TextContent) is { Count: > 0 } words && Share(words, declared) < 0.5)
            {
                block.Remove();
            }
        }

        return body.InnerHtml;
    }

    private static double Share(List<string> words, HashSet<string> declared) =>
        words.Count == 0 ? 1 : words.Count(declared.Contains) / (double)words.Count;

    private static List<string> Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '“', '”', '‘', '’')).Where(w => w.Length > 0)];
}
