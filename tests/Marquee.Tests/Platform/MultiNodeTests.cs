using System.Globalization;

namespace Marquee.Tests.Platform;

/// <summary>
/// Two nodes on one database, each with its own page cache: a change made through either node, or by
/// `marquee import` run beside them, is on every node's pages within a second.
/// </summary>
public sealed class MultiNodeTests(MarqueeServer nodeA) : TwoNodeTests(nodeA)
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);
    private TestContent Content => new(NodeA);

    [Fact]
    public async Task A_story_published_on_one_node_is_on_the_other_nodes_cached_pages_within_a_second()
    {
        var tag = await Content.TagAsync("Two Nodes");
        var existing = await Content.ArticleAsync("Already There", tags: [tag]);
        await CachedOnBothAsync("/", $"/tag/{tag}", $"/news/{existing.Slug}");

        var published = await Content.ArticleAsync("Published On Node A", tags: [tag]);
        var deadline = DateTime.UtcNow + Promise;

        await ShowsByAsync(NodeB, "/", published.Headline, deadline);
        await ShowsByAsync(NodeB, $"/tag/{tag}", published.Headline, deadline);
        await ShowsByAsync(NodeB, $"/news/{existing.Slug}", published.Headline, deadline);
    }

    [Fact]
    public async Task An_import_run_beside_two_nodes_reaches_both_within_a_second()
    {
        var headline = $"Imported Beside Two Nodes {Guid.NewGuid():n}";
        var record = Path.Combine(NodeA.DataPath, "beside-nodes.txt");
        var template = await File.ReadAllLinesAsync(Path.Combine(Repository.Root, "tests", "Marquee.Tests", "Import", "CrawlRecords", "gossip-site-related-rail.txt"), TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(record, template.Skip(1).Prepend($"date {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {headline}"), TestContext.Current.CancellationToken);
        await CachedOnBothAsync("/");
        using var cli = new MarqueeCli(NodeA);

        var (exit, _, error) = await cli.RunAsync($"import \"{record}\"");
        var deadline = DateTime.UtcNow + Promise;

        Assert.True(exit == 0, error);
        await ShowsByAsync(NodeA, "/", headline, deadline);
        await ShowsByAsync(NodeB, "/", headline, deadline);
    }

    private async Task CachedOnBothAsync(params string[] paths)
    {
        foreach (var node in BothNodes)
        {
            foreach (var path in paths)
            {
                await HtmlPage.GetAsync(node.Client, path);
            }
        }
    }
}
