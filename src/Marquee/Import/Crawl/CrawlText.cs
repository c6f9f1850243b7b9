namespace Marquee.Import.Crawl;

/// <summary>
/// Turns a record's raw lines into logical lines: blank lines dropped, and a paragraph the text browser wrapped
/// over several lines joined again (a line is a wrapped one when the next line's first word would not have fit on it).
/// </summary>
internal static class CrawlText
{
    /// <summary>Narrower than this, a record's longest line says nothing about where the browser wrapped.</summary>
    private const int NarrowestWrap = 40;

    private const int LongestWrappableWord = 24;

    /// <summary>The longest line may run a column or two past the wrap (an emoji, a wide letter), so "did not fit" allows that much.</summary>
    private const int WidthSlack = 3;

    public static IEnumerable<CrawlLine> Lines(IReadOnlyList<string> raw, int firstNumber)
    {
        var width = raw.Where(line => !HasUnbreakableWord(line)).Select(line => Columns(line.TrimEnd())).DefaultIfEmpty(0).Max();
        CrawlLine? held = null;
        string? heldRaw = null;
        for (var i = 0; i < raw.Count; i++)
        {
            var line = CrawlLine.Parse(firstNumber + i, raw[i]);
            if (line.Text.Length == 0)
            {
                if (held is not null)
                {
                    yield return held;
                }

                (held, heldRaw) = (null, null);
            }
            else if (held is not null && !line.IsListItem && Continues(heldRaw!, raw[i], held, line, width))
            {
                var joint = CrawlLine.IsCjk(held.Text[^1]) && CrawlLine.IsCjk(line.Text[0]) ? "" : " ";
                held = new CrawlLine(held.Number, held.Text + joint + line.Text, held.IsListItem);
                heldRaw = raw[i];
            }
            else
            {
                if (held is not null)
                {
                    yield return held;
                }

                (held, heldRaw) = (line, raw[i]);
            }
        }

        if (held is not null)
        {
            yield return held;
        }
    }

    /// <summary>A sentence carried on in lower case, or a line the browser broke because the next word did not fit.</summary>
    private static bool Continues(string previousRaw, string raw, CrawlLine previous, CrawlLine line, int width)
    {
        if (char.IsLower(line.Text[0]) && !previous.IsListItem)
        {
            return true;
        }

        var firstWord = line.Text.Split(' ')[0];
        var wrapped = width >= NarrowestWrap && Columns(previousRaw.TrimEnd()) + 1 + Columns(firstWord) > width - WidthSlack;
        return wrapped && Indent(raw) >= Indent(previousRaw);
    }

    /// <summary>A line with a word too long to wrap (an address, an image name) runs past the browser's width.</summary>
    private static bool HasUnbreakableWord(string raw) => raw.Split(' ').Any(word => Columns(word) > LongestWrappableWord);

    private static int Indent(string raw) => raw.Length - raw.TrimStart().Length;

    /// <summary>Where a line ends on screen: CJK letters take two columns.</summary>
    private static int Columns(string text) => text.Length + text.Count(CrawlLine.IsCjk);
}
