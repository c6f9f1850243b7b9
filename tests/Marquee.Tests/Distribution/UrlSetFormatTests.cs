using System.Xml.Linq;
using Marquee.Distribution.Sitemaps;

namespace Marquee.Tests.Distribution;

/// <summary>The size limit of a sitemap file, shown with a small limit instead of 50 MB of articles.</summary>
public sealed class UrlSetFormatTests
{
    [Fact]
    public async Task A_file_that_would_pass_the_size_limit_ends_before_the_entry_that_crosses_it_and_stays_well_formed()
    {
        const long Limit = 2_000;
        var entries = Enumerable.Range(1, 50)
            .Select(i => new SitemapEntry($"/news/story-{i}", DateTime.UnixEpoch, new SitemapImage($"/photo-{i}.jpg", $"Caption {i} & more (Photo: Agency)", null)))
            .ToAsyncEnumerable();
        using var output = new MemoryStream();

        var (written, cut) = await UrlSetFormat.WriteAsync("https://marquee.example", entries, output, TestContext.Current.CancellationToken, Limit);
        var urls = XDocument.Parse(System.Text.Encoding.UTF8.GetString(output.ToArray())).Root!.Elements().ToList();

        Assert.True(cut);
        Assert.InRange(output.Length, Limit - 400, Limit); // one more entry (< 400 bytes) would not have fitted
        Assert.Equal(written, urls.Count);
        Assert.Equal("https://marquee.example/news/story-1", urls[0].Elements().First().Value);
    }

    [Fact]
    public async Task A_file_under_the_limit_holds_every_entry()
    {
        var entries = Enumerable.Range(1, 5).Select(i => new SitemapEntry($"/tag/t-{i}", null)).ToAsyncEnumerable();
        using var output = new MemoryStream();

        var (written, cut) = await UrlSetFormat.WriteAsync("https://marquee.example", entries, output, TestContext.Current.CancellationToken);

        Assert.Equal((5, false), (written, cut));
        Assert.Equal(5, XDocument.Parse(System.Text.Encoding.UTF8.GetString(output.ToArray())).Root!.Elements().Count());
    }
}
