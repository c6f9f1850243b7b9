namespace Marquee.Import.Crawl;

/// <summary>
/// Where a crawled page's article lies. Every line weighs its words if it is prose and a small penalty if it is chrome
/// (a label, a link, a rail's teaser); the article is the run of lines of greatest total weight (the maximum-sum run
/// that Body Text Extraction finds among a page's tags), which never crosses a hard edge: a footer, a tags line, a
/// comment section or a navigation list. When the headline is shown and a run nearly as heavy follows it, that run
/// wins: what stands above a page's headline (a cookie notice, a subscription pitch) is not its article. Of runs of
/// nearly the same weight the first is taken, as comment threads come after the article.
/// </summary>
internal sealed class CrawlRegion
{
    private const int ChromePenalty = 2;
    private const int LinkPenalty = 3;
    private const int RailPenalty = 3;

    /// <summary>This many short list items in a row are navigation, never the article's own list.</summary>
    private const int NavigationRun = 4;

    /// <summary>A rail longer than this is not one: its heading was the article's own ("Don't miss:" above a list).</summary>
    private const int LongestRail = 12;

    /// <summary>How much of the heaviest run's weight a run after the headline needs to be taken instead.</summary>
    private const double AfterHeadlineShare = 0.5;

    /// <summary>
    /// The article is the first run this close to the heaviest: what follows an article (its comment thread, a
    /// second story) can outweigh it, what precedes it rarely does.
    /// </summary>
    private const double FirstRunShare = 0.4;

    private readonly IReadOnlyList<CrawlLine> _lines;
    private readonly bool[] _rail;
    private readonly int?[] _weights;

    private CrawlRegion(IReadOnlyList<CrawlLine> lines)
    {
        _lines = lines;
        _rail = RailLines(lines);
        var navigation = NavigationLines(lines);
        _weights = [.. lines.Select((line, i) => navigation[i] ? null : Weight(line, _rail[i]))];
    }

    /// <summary>The first line of the article.</summary>
    public int Start { get; private set; }

    /// <summary>One past the article's last line; equal to <see cref="Start"/> when the page holds no prose.</summary>
    public int End { get; private set; }

    /// <summary>The first line that shows the headline, or -1.</summary>
    public int Headline { get; private set; } = -1;

    /// <summary>Whether a line belongs to a rail of other stories: never the article's, even inside it.</summary>
    public bool IsRail(int index) => _rail[index];

    public static CrawlRegion Find(IReadOnlyList<CrawlLine> lines, string headline)
    {
        var region = new CrawlRegion(lines);
        var shown = lines.ToList().FindIndex(line => line.IsHeadline(headline));
        var runs = region.Runs(0);
        var heaviest = runs.Max(run => run.Weight);
        var afterHeadline = runs.Where(run => run.Start > shown).ToList();
        var candidates = afterHeadline.Any(run => run.Weight >= heaviest * AfterHeadlineShare) ? afterHeadline : runs;
        (region.Start, region.End, _) = candidates.First(run => run.Weight >= candidates.Max(c => c.Weight) * FirstRunShare);
        region.Headline = shown;
        return region;
    }

    private static int? Weight(CrawlLine line, bool rail) => line switch
    {
        _ when line.IsFooter || line.Tags is not null || line.IsCommentsHeading => null,
        _ when rail => -RailPenalty,
        { IsProse: true } => line.Words,
        { IsShortListItem: true } => -LinkPenalty,
        { IsListItem: true } => 1,
        _ => -ChromePenalty,
    };

    /// <summary>
    /// The heaviest run between each two places where Kadane's running sum falls to nothing or a hard edge stands:
    /// the page's candidate articles, in page order (one, of weight 0, when the page has no prose).
    /// </summary>
    private List<(int Start, int End, int Weight)> Runs(int from)
    {
        var runs = new List<(int Start, int End, int Weight)>();
        (int Start, int End, int Weight) best = (from, from, 0);
        var (start, sum) = (from, 0);
        for (var i = from; i <= _weights.Length; i++)
        {
            if (i == _weights.Length || _weights[i] is not { } weight || sum + weight <= 0)
            {
                if (best.Weight > 0)
                {
                    runs.Add(best);
                }

                (start, sum, best) = (i + 1, 0, (i + 1, i + 1, 0));
                continue;
            }

            sum += weight;
            if (sum > best.Weight)
            {
                best = (start, i + 1, sum);
            }
        }

        return runs.Count > 0 ? runs : [(from, from, 0)];
    }

    /// <summary>
    /// A rail runs from its heading over its teasers until the article's prose is back (two prose lines in a row: a
    /// rail alternates headlines and summaries), a photo credit, or a hard edge, for a dozen lines at most.
    /// </summary>
    private static bool[] RailLines(IReadOnlyList<CrawlLine> lines)
    {
        var rail = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsRailHeading)
            {
                continue;
            }

            var heading = i;
            rail[i] = true;
            for (i++; i < lines.Count && i - heading <= LongestRail && !EndsRail(lines, i); i++)
            {
                rail[i] = true;
            }

            i--;
        }

        return rail;
    }

    private static bool EndsRail(IReadOnlyList<CrawlLine> lines, int i) =>
        lines[i].IsCredit || lines[i].IsFooter || lines[i].Tags is not null
        || (lines[i].IsProse && !lines[i].IsRailHeading && i + 1 < lines.Count && lines[i + 1].IsProse);

    private static bool[] NavigationLines(IReadOnlyList<CrawlLine> lines)
    {
        var navigation = new bool[lines.Count];
        var run = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && lines[i].IsShortListItem)
            {
                run++;
                continue;
            }

            if (run >= NavigationRun)
            {
                Array.Fill(navigation, true, i - run, run);
            }

            run = 0;
        }

        return navigation;
    }
}
