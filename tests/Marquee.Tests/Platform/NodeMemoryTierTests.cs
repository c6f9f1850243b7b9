using Marquee.Platform.Redis;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;
using static Marquee.Tests.Infrastructure.NodePages;

namespace Marquee.Tests.Platform;

/// <summary>
/// With Redis, each node serves the pages it has seen from its own memory, and drops them as soon as it
/// hears of a change: over Redis pub/sub, or from the eviction log when a message was missed.
/// Every test has a Redis of its own, so these run in the SQLite pass too.
/// </summary>
public sealed class NodeMemoryTierTests : IDisposable
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ArrangeLimit = TimeSpan.FromSeconds(20);
    private readonly RedisProcess _redis = new();

    public void Dispose() => _redis.Dispose();

    [Fact]
    public async Task A_page_in_node_memory_is_served_without_redis_and_replaced_within_a_second_of_a_publish_elsewhere()
    {
        // The log is read once a minute here, so only the pub/sub message can bring the change in time.
        await using var nodes = await NodePair.StartAsync(Settings(("Marquee:OutputCache:EvictionLogPollMilliseconds", "60000")));
        await using var redis = await ConnectionMultiplexer.ConnectAsync($"{_redis.Address},allowAdmin=true");
        await UntilAsync(async () => (long)(await redis.GetServer(_redis.Address).ExecuteAsync("PUBSUB", "NUMSUB", "marquee:evictions"))[1] == 2, "both nodes subscribed to evictions");
        var copiesB = nodes.B.Services.GetRequiredService<NodePageCopies>();
        var heardBefore = copiesB.Evictions;
        var content = new TestContent(nodes.A);
        await content.ArticleAsync("Before The Tier");
        // Node B must have heard of that save before it keeps the page, or the late message would drop it.
        await UntilAsync(() => Task.FromResult(copiesB.Evictions > heardBefore), "node B heard of the first save");
        foreach (var node in nodes.Both)
        {
            await TextAsync(node, "/");
        }

        await redis.GetServer(_redis.Address).FlushAllDatabasesAsync();

        using (var metrics = new PageMetricsListener(nodes.B))
        {
            Assert.Contains("Before The Tier", await TextAsync(nodes.B, "/"), StringComparison.Ordinal);
            Assert.Equal(0, metrics.Count("marquee.pages.renders", "/"));
        }

        var published = await content.ArticleAsync("Published Past The Tier");

        await ShowsByAsync(nodes.B, "/", published.Headline, DateTime.UtcNow + Promise);
    }

    [Fact]
    public async Task A_node_that_missed_the_pub_sub_message_drops_its_copy_by_the_eviction_log()
    {
        await using var nodeA = await StartAsync(NewNode());
        var b = nodeA.AnotherNode();
        // Another channel prefix: node B shares node A's page cache but never hears node A's messages.
        b.Settings["Marquee:Redis"] = $"{_redis.Address},channelPrefix=elsewhere:";
        await using var nodeB = await StartAsync(b);
        var content = new TestContent(nodeA);
        var tag = await content.TagAsync("Missed Message");
        await content.ArticleAsync("Before The Missed Message", tags: [tag]);
        await TextAsync(nodeA, $"/tag/{tag}");
        // Until node B's log follower has passed those saves, reading them drops what it keeps.
        await UntilAsync(
            async () => (await TextAsync(nodeB, $"/tag/{tag}")).Length > 0 && nodeB.Services.GetRequiredService<NodePageCopies>().Count > 0,
            "node B keeps a copy of the tag page");

        var published = await content.ArticleAsync("After The Missed Message", tags: [tag]);

        await ShowsByAsync(nodeB, $"/tag/{tag}", published.Headline, DateTime.UtcNow + Promise);
    }

    [Fact]
    public async Task A_full_tier_drops_copies_and_keeps_serving()
    {
        var server = NewNode();
        server.Settings["Marquee:OutputCache:NodeMemoryMegabytes"] = "1";
        await using var node = await StartAsync(server);
        // A long story: each ?page= is an entry of its own (the policy varies by it), about 100 KB each.
        var story = await new TestContent(node).ArticleAsync("Many Pages", configure: input => input with
        {
            BodyMarkdown = string.Join("\n\n", Enumerable.Repeat("A paragraph long enough to make the page heavy, repeated.", 1600)),
        });
        var copies = node.Services.GetRequiredService<NodePageCopies>();

        // Half as much again as the tier holds.
        var (page, served) = (1, 0L);
        for (; served < copies.CapacityBytes * 3 / 2; page++)
        {
            using var response = await node.Client.GetAsync($"/news/{story.Slug}?page={page}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            served += (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;
        }

        Assert.InRange(copies.Bytes, copies.CapacityBytes / 2, copies.CapacityBytes);
        Assert.InRange(copies.Count, 1, page - 2);
        Assert.Contains("Many Pages", await TextAsync(node, $"/news/{story.Slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_render_that_missed_before_an_eviction_of_its_tags_is_stored_nowhere_and_one_of_other_tags_is_stored()
    {
        await using var node = await StartAsync(NewNode());
        var store = node.Services.GetRequiredService<IOutputCacheStore>();
        var cancel = TestContext.Current.CancellationToken;
        Assert.Null(await store.GetAsync("/raced", cancel));

        // The page was rendered from the database before a change whose eviction lands before the render is stored.
        await store.EvictByTagAsync("article-1", cancel);
        await store.SetAsync("/raced", [1, 2, 3], ["article-1"], TimeSpan.FromMinutes(10), cancel);
        Assert.Null(await store.GetAsync("/raced", cancel));

        await store.SetAsync("/raced", [4, 5, 6], ["article-1"], TimeSpan.FromMinutes(10), cancel);
        Assert.Equal([4, 5, 6], await store.GetAsync("/raced", cancel));

        Assert.Null(await store.GetAsync("/calm", cancel));
        await store.EvictByTagAsync("article-2", cancel);
        await store.SetAsync("/calm", [7, 8, 9], ["article-1"], TimeSpan.FromMinutes(10), cancel);
        Assert.Equal([7, 8, 9], await store.GetAsync("/calm", cancel));
    }

    [Fact]
    public async Task A_render_whose_redis_write_an_eviction_overtook_is_read_by_no_node()
    {
        await using var node = await StartAsync(NewNode());
        var services = node.Services;
        var redis = services.GetRequiredService<RedisPageStore>();
        var copies = services.GetRequiredService<NodePageCopies>();
        var clock = services.GetRequiredService<TimeProvider>();
        var cancel = TestContext.Current.CancellationToken;
        // Another node commits a change to article-1 while this node's write is on its way: it empties Redis, then this node hears of it.
        var tier = new TieredPageStore(new EvictedDuringWrite(redis, copies, "article-1"), copies, clock);
        Assert.Null(await tier.GetAsync("/overtaken", cancel));

        await tier.SetAsync("/overtaken", [1, 2, 3], ["article-1", "site"], TimeSpan.FromMinutes(10), cancel);

        var anotherNode = new TieredPageStore(redis, new NodePageCopies(1024 * 1024, clock), clock);
        Assert.Null(await anotherNode.GetAsync("/overtaken", cancel));
        Assert.Null(await tier.GetAsync("/overtaken", cancel));
    }

    private Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        // This test's own Redis, under the default prefix whatever the run names (the channel is watched by name).
        var settings = new Dictionary<string, string?> { ["Marquee:Redis"] = _redis.Address, ["Marquee:RedisPrefix"] = "marquee:" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A node on this test's Redis, whatever Redis the run itself names.</summary>
    private MarqueeServer NewNode()
    {
        var server = new MarqueeServer();
        foreach (var (key, value) in Settings())
        {
            server.Settings[key] = value;
        }

        return server;
    }

    private static async Task<MarqueeServer> StartAsync(MarqueeServer server)
    {
        await server.InitializeAsync();
        return server;
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + ArrangeLimit;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not true after {ArrangeLimit.TotalSeconds} s: {what}");
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}

/// <summary>Redis, with another node's eviction of one tag landing just before each write: the race a real write can lose.</summary>
internal sealed class EvictedDuringWrite(IOutputCacheStore redis, NodePageCopies copies, string tag) : IOutputCacheStore
{
    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => redis.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (tags?.Contains(tag) == true)
        {
            await redis.EvictByTagAsync(tag, cancellationToken);
            copies.Evicted([tag]);
        }

        await redis.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    public ValueTask EvictByTagAsync(string evicted, CancellationToken cancellationToken) => redis.EvictByTagAsync(evicted, cancellationToken);
}
