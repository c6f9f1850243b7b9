using Marquee.Content.Articles;
using Marquee.Content.Body;

namespace Marquee.Import.Crawl;

/// <summary>
/// Recovers an article from a crawled page's text with rules that hold across sites and languages: the article is
/// the page's heaviest run of prose (<see cref="CrawlRegion"/>); inside it, rails, labels, short link lists and the
/// headline shown again are dropped, and a credit line gathers the caption and alt text above it into the photo;
/// the byline is looked for around the article's top (<see cref="CrawlByline"/>) and the tags line anywhere.
/// </summary>
internal sealed class CrawlExtractor(string file)
{
    private readonly List<string> _paragraphs = [];
    private readonly List<CrawlLine> _pending = [];
    private FeatureImage? _photo;

    public CrawlArticle Extract(CrawlHeader header, IReadOnlyList<CrawlLine> lines)
    {
        var region = CrawlRegion.Find(lines, header.Headline);
        for (var i = region.Start; i < region.End; i++)
        {
            Take(lines[i], region.IsRail(i), header.Headline);
        }

        if (_paragraphs.Count == 0)
        {
            throw new ImportException(file, $"'{header.Headline}'", "no article text found after the first line");
        }

        var tags = lines.Select(line => line.Tags).FirstOrDefault(t => t is not null) ?? [];
        return new CrawlArticle(header, CrawlByline.Find(lines, region), _paragraphs, _photo, tags);
    }

    private void Take(CrawlLine line, bool rail, string headline)
    {
        if (line.IsCredit)
        {
            _photo ??= PhotoFrom(line);
            _pending.Clear();
        }
        else if (rail || line.IsShortListItem || line.IsHeadline(headline) || !(line.IsProse || line.IsListItem))
        {
            _pending.Add(line);
        }
        else
        {
            _pending.Clear();
            AddParagraph(line);
        }
    }

    private void AddParagraph(CrawlLine line)
    {
        var text = MarkdownText.Escape(line.Text);
        if (!line.IsListItem)
        {
            _paragraphs.Add(text);
        }
        else if (_paragraphs.Count > 0 && _paragraphs[^1].StartsWith("- ", StringComparison.Ordinal))
        {
            _paragraphs[^1] += "\n- " + text;
        }
        else
        {
            _paragraphs.Add("- " + text);
        }
    }

    /// <summary>Crawlers save a photo as its caption, its alt text (a list of names) and its credit, in that order.</summary>
    private FeatureImage PhotoFrom(CrawlLine credit)
    {
        var labels = _pending.TakeLast(2).ToList();
        var alt = labels.LastOrDefault(l => l.IsNameList)?.Text;
        var caption = labels.LastOrDefault(l => !l.IsNameList)?.Text;
        return new FeatureImage(Url: null, alt, caption, credit.Text);
    }
}
