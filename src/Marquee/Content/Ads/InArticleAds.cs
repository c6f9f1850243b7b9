using System.Text.RegularExpressions;

namespace Marquee.Content.Ads;

/// <summary>A story's body with its in-article slots after their paragraphs: counted at the body's top level, never inside a quote or list.</summary>
public static partial class InArticleAds
{
    public static string Insert(string bodyHtml, AdSlots slots)
    {
        var placed = slots.At(AdPosition.InArticle).OrderByDescending(slot => slot.AfterParagraph).ToList();
        if (placed.Count == 0)
        {
            return bodyHtml;
        }

        var ends = TopLevelParagraphEnds(bodyHtml);
        foreach (var slot in placed.Where(slot => slot.AfterParagraph <= ends.Count))
        {
            bodyHtml = bodyHtml.Insert(ends[slot.AfterParagraph - 1], AdSlotMarkup.For(slot, slots.Options.HouseAd));
        }

        return bodyHtml;
    }

    /// <summary>Where each paragraph that is not inside another block ends (just after its &lt;/p&gt;).</summary>
    private static List<int> TopLevelParagraphEnds(string html)
    {
        var ends = new List<int>();
        var depth = 0;
        foreach (Match tag in BlockTag().Matches(html))
        {
            var closing = tag.Groups[1].Length > 0;
            if (tag.Groups[2].Value == "p")
            {
                if (closing && depth == 0)
                {
                    ends.Add(tag.Index + tag.Length);
                }
            }
            else
            {
                depth = Math.Max(0, depth + (closing ? -1 : 1));
            }
        }

        return ends;
    }

    [GeneratedRegex(@"<(/?)(p|blockquote|ul|ol|figure|aside|div|table|details|section)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();
}
