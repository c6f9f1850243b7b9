using System.Text.Json;
using System.Text.RegularExpressions;
using Marquee.Content.Body;
using Marquee.Import.Crawl;

namespace Marquee.Tests.Import;

/// <summary>
/// The extraction bench (bench/extraction) on a committed sample: 20 of its crawl records, made once by
/// make_records.py from the extraction corpus (every 12th page and the Chinese, Japanese and Korean ones), scored
/// as score.py scores them. A floor, so a change that loses articles on other sites fails here, not in production.
/// </summary>
public sealed partial class CrawlBenchTests
{
    /// <summary>The sample scores 0.863 (0.868 over all 181 pages); keeping everything scores 0.659.</summary>
    private const double MeanF1Floor = 0.85;

    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Import", "CrawlBench");

    [Fact]
    public void The_sample_keeps_the_articles_body_far_better_than_keeping_everything()
    {
        var pages = Score();

        Assert.DoesNotContain(pages, page => page.Refused);
        Assert.True(pages.Average(p => p.F1) >= MeanF1Floor, $"mean body F1 {pages.Average(p => p.F1):F3} < {MeanF1Floor}");
        Assert.True(pages.Average(p => p.F1) > pages.Average(p => p.KeepAll) + 0.2, "no better than keeping the whole page");
    }

    [Fact]
    public void Chinese_Japanese_and_Korean_pages_keep_their_articles()
    {
        var cjk = Score().Where(page => page.Language is "ja" or "ko").ToList();

        Assert.Equal(4, cjk.Count);
        Assert.All(cjk, page => Assert.True(page.F1 >= 0.9, $"{page.Key}: F1 {page.F1:F3}"));
    }

    [Fact]
    public void Bylines_are_found_on_the_pages_that_show_one()
    {
        var shown = Score().Where(page => page.Byline.Count > 0).ToList();

        Assert.Equal(7, shown.Count);
        Assert.True(shown.Count(page => page.Byline.All(name => page.Authors.Contains(name, StringComparer.OrdinalIgnoreCase))) >= 5);
    }

    private static List<Page> Score()
    {
        using var references = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "references.json")));
        return [.. references.RootElement.EnumerateObject().Select(reference => Score(reference.Name, reference.Value))];
    }

    private static Page Score(string key, JsonElement reference)
    {
        var file = Path.Combine(Sample, key + ".txt");
        var body = reference.GetProperty("body").GetString()!;
        var byline = reference.GetProperty("byline").EnumerateArray().Select(name => name.GetString()!).ToList();
        var language = reference.GetProperty("language").GetString()!;
        var keepAll = F1(File.ReadAllText(file).Split('\n', 2)[1], body);
        try
        {
            var batch = new CrawlFormat().Read(file);
            var text = HtmlPage.Parse(BodyRenderer.ToHtml(batch.Articles.Single().Item.BodyMarkdown)).Body!.TextContent;
            return new Page(key, language, F1(text, body), keepAll, Refused: false, byline, [.. batch.Authors.Select(a => a.Item.Name)]);
        }
        catch (Marquee.Import.ImportException)
        {
            return new Page(key, language, 0, keepAll, Refused: true, byline, []);
        }
    }

    /// <summary>Word-F1 as bench/extraction/score.py computes it: bags of lower-case words, a CJK character a word.</summary>
    private static double F1(string got, string want)
    {
        var (gotWords, wantWords) = (Words(got), Words(want));
        var common = wantWords.Sum(w => Math.Min(w.Value, gotWords.GetValueOrDefault(w.Key)));
        if (common == 0)
        {
            return 0;
        }

        var (precision, recall) = ((double)common / gotWords.Values.Sum(), (double)common / wantWords.Values.Sum());
        return 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Words(string text) =>
        Token().Matches(text.ToLowerInvariant()).GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]|[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]+")]
    private static partial Regex Token();

    private sealed record Page(string Key, string Language, double F1, double KeepAll, bool Refused, IReadOnlyList<string> Byline, IReadOnlyList<string> Authors);
}
