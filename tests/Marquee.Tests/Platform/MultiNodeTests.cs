using System.Diagnostics;
using System.Globalization;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Platform;

/// <summary>
/// Two nodes on one database, each with its own page cache: a change made through either node, or by
/// `marquee import` run beside them, is on every node's pages within a second.
/// </summary>
public sealed class MultiNodeTests(MarqueeServer nodeA) : IClassFixture<MarqueeServer>, IAsyncLifetime
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);
    private readonly TestContent _content = new(nodeA);
    private MarqueeServer _nodeB = null!;

    public async ValueTask InitializeAsync()
    {
        _nodeB = nodeA.AnotherNode();
        await _nodeB.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _nodeB.DisposeAsync();

    [Fact]
    public async Task A_story_published_on_one_node_is_on_the_other_nodes_cached_pages_within_a_second()
    {
        var tag = await _content.TagAsync("Two Nodes");
        var existing = await _content.ArticleAsync("Already There", tags: [tag]);
        await CachedOnBothAsync("/", $"/tag/{tag}", $"/news/{existing.Slug}");

        var published = await _content.ArticleAsync("Published On Node A", tags: [tag]);
        var stopwatch = Stopwatch.StartNew();

        await ShowsWithinPromiseAsync(_nodeB, "/", published.Headline, stopwatch);
        await ShowsWithinPromiseAsync(_nodeB, $"/tag/{tag}", published.Headline, stopwatch);
        await ShowsWithinPromiseAsync(_nodeB, $"/news/{existing.Slug}", published.Headline, stopwatch);
    }

    [Fact]
    public async Task An_import_run_beside_two_nodes_reaches_both_within_a_second()
    {
        var headline = $"Imported Beside Two Nodes {Guid.NewGuid():n}";
        var record = Path.Combine(nodeA.DataPath, "beside-nodes.txt");
        var template = await File.ReadAllLinesAsync(Path.Combine(Repository.Root, "tests", "Marquee.Tests", "Import", "CrawlRecords", "gossip-site-related-rail.txt"), TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(record, template.Skip(1).Prepend($"date {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {headline}"), TestContext.Current.CancellationToken);
        await CachedOnBothAsync("/");
        using var cli = new MarqueeCli(nodeA);

        var (exit, _, error) = await cli.RunAsync($"import \"{record}\"");
        var stopwatch = Stopwatch.StartNew();

        Assert.True(exit == 0, error);
        await ShowsWithinPromiseAsync(nodeA, "/", headline, stopwatch);
        await ShowsWithinPromiseAsync(_nodeB, "/", headline, stopwatch);
    }

    private async Task CachedOnBothAsync(params string[] paths)
    {
        foreach (var node in new[] { nodeA, _nodeB })
        {
            foreach (var path in paths)
            {
                await HtmlPage.GetAsync(node.Client, path);
            }
        }
    }

    private static async Task ShowsWithinPromiseAsync(MarqueeServer node, string path, string headline, Stopwatch sinceChange)
    {
        while (!(await HtmlPage.GetAsync(node.Client, path)).Body!.TextContent.Contains(headline, StringComparison.Ordinal))
        {
            Assert.True(sinceChange.Elapsed < Promise, $"{node.BaseAddress}{path.TrimStart('/')} still lacks '{headline}' after {sinceChange.Elapsed.TotalMilliseconds:F0} ms");
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
