using Marquee.Content.Tags;

namespace Marquee.Tests.Platform;

/// <summary>
/// With Redis, a change reaches the other node's in-memory navigation over pub/sub. The nodes read the
/// eviction log only once a minute here, so only the Redis message can bring it within the second.
/// </summary>
public sealed class RedisEvictionChannelTests : IAsyncLifetime
{
    private readonly RedisProcess _redis = new();
    private NodePair _nodes = null!;

    public async ValueTask InitializeAsync() => _nodes = await NodePair.StartAsync(new Dictionary<string, string?>
    {
        ["Marquee:Redis"] = _redis.Address,
        ["Marquee:OutputCache:Enabled"] = "false",
        ["Marquee:OutputCache:EvictionLogPollMilliseconds"] = "60000",
    });

    public async ValueTask DisposeAsync()
    {
        await _nodes.DisposeAsync();
        _redis.Dispose();
    }

    [Fact]
    public async Task A_section_added_on_one_node_is_in_the_other_nodes_navigation_within_a_second()
    {
        var content = new TestContent(_nodes.A);
        var story = await content.ArticleAsync("Pub Sub Reader");
        Assert.DoesNotContain("Aaa Pub Sub Section", (await HtmlPage.GetAsync(_nodes.B.Client, $"/news/{story.Slug}")).Text(".masthead nav"), StringComparison.Ordinal);

        await content.TagAsync("Aaa Pub Sub Section", TagKind.Section);
        var deadline = DateTime.UtcNow.AddSeconds(1);

        while (!(await HtmlPage.GetAsync(_nodes.B.Client, $"/news/{story.Slug}")).Text(".masthead nav").Contains("Aaa Pub Sub Section", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "node B's navigation still lacks the section a second after it was saved on node A");
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
