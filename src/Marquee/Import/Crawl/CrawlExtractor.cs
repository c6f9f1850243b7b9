using System.Text.RegularExpressions;
using Marquee.Content.Articles;
using Marquee.Content.Body;

namespace Marquee.Import.Crawl;

/// <summary>
/// Recovers an article from a crawled page's text with general rules: the byline and the tags line are
/// recognised by their shape; short link lists (share bars, navigation), rails ("Latest News" and the
/// headlines under it) and labels are dropped; a credit line gathers the caption and alt text above it;
/// the article ends at the site footer.
/// </summary>
internal sealed partial class CrawlExtractor(string file)
{
    private const int ShortItemWords = 4;
    private const int LinkListEndsArticle = 4;

    private readonly List<string> _paragraphs = [];
    private readonly List<CrawlLine> _pending = [];
    private IReadOnlyList<string>? _authors;
    private IReadOnlyList<string> _tags = [];
    private FeatureImage? _photo;
    private bool _inBody;
    private bool _ended;
    private bool _inRail;
    private int _shortListRun;

    public CrawlArticle Extract(CrawlHeader header, IEnumerable<CrawlLine> lines)
    {
        foreach (var line in lines)
        {
            Take(line);
        }

        if (_paragraphs.Count == 0)
        {
            throw new ImportException(file, $"'{header.Headline}'", "no article text found after the first line");
        }

        return new CrawlArticle(header, _authors ?? [], _paragraphs, _photo, _tags);
    }

    private void Take(CrawlLine line)
    {
        if (TagsLine().Match(line.Text) is { Success: true } tags)
        {
            _tags = tags.Groups["list"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            _ended |= _inBody;
            return;
        }

        if (_ended || (line.IsFooter && (_ended = _inBody)))
        {
            return;
        }

        _shortListRun = line.IsListItem && line.Words <= ShortItemWords ? _shortListRun + 1 : 0;
        if (_shortListRun > 0)
        {
            _ended = _inBody && _shortListRun >= LinkListEndsArticle;
            return;
        }

        if (!_inBody && _authors is null && Byline().Match(line.Text) is { Success: true } byline)
        {
            _authors = Names().Split(byline.Groups["names"].Value).Where(n => n.Length > 0).ToList();
            return;
        }

        if (RailHeading().IsMatch(line.Text))
        {
            _inRail = true;
            _pending.Clear();
            return;
        }

        // A rail's headlines are never the article's sentences; a statement or a photo credit ends it.
        _inRail &= !line.IsStatement && !(line.IsCredit && _inBody);
        if (_inRail)
        {
            _pending.Add(line);
            return;
        }

        TakeContent(line);
    }

    private void TakeContent(CrawlLine line)
    {
        if (line.IsProse || (line.IsListItem && _inBody))
        {
            _inBody = true;
            _pending.Clear();
            AddParagraph(line);
        }
        else if (_inBody && line.IsCredit)
        {
            _photo ??= PhotoFrom(line);
            _pending.Clear();
        }
        else if (_inBody)
        {
            _pending.Add(line);
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

    [GeneratedRegex(@"^tags?\s*[/:]\s*(?<list>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TagsLine();

    [GeneratedRegex(@"^by\s+(?<names>\p{Lu}[^|]{1,150}?)\s*\|?$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s*(?:,|&|\band\b)\s*")]
    private static partial Regex Names();

    [GeneratedRegex(@"^(latest( news| stories)?|related( stories| articles| coverage)?|more (news|stories|from \S.{0,30})|trending( now)?|most (popular|read)|popular|recommended( for you)?|you (may|might) also like|read (more|next)|up next|don't miss|around the web)$", RegexOptions.IgnoreCase)]
    private static partial Regex RailHeading();
}
