namespace Marquee.Import.Crawl;

/// <summary>Turns a record's raw lines into logical lines: blank lines dropped, a sentence wrapped onto the next line rejoined.</summary>
internal static class CrawlText
{
    public static IEnumerable<CrawlLine> Lines(IEnumerable<string> raw, int firstNumber)
    {
        CrawlLine? held = null;
        var number = firstNumber - 1;
        foreach (var text in raw)
        {
            number++;
            var line = CrawlLine.Parse(number, text);
            if (line.Text.Length == 0)
            {
                if (held is not null)
                {
                    yield return held;
                }

                held = null;
            }
            else if (held is not null && !held.IsListItem && !line.IsListItem && char.IsLower(line.Text[0]))
            {
                held = CrawlLine.Parse(held.Number, held.Text + " " + line.Text);
            }
            else
            {
                if (held is not null)
                {
                    yield return held;
                }

                held = line;
            }
        }

        if (held is not null)
        {
            yield return held;
        }
    }
}
