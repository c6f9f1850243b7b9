using Marquee.Platform.Redis;
using StackExchange.Redis;

namespace Marquee.Tests.Platform;

/// <summary>
/// The shared page cache in Redis, store against store as two nodes see it: a page and its tags are written by one script,
/// and a render that missed before an eviction of one of its tags on any node is refused by Redis (decision 0053).
/// Every test has a Redis of its own, so these run in the SQLite pass too.
/// </summary>
public sealed class RedisPageStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly RedisProcess _redis = new();
    private ConnectionMultiplexer _connection = null!;

    public async ValueTask InitializeAsync() => _connection = await ConnectionMultiplexer.ConnectAsync(_redis.Address);

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _redis.Dispose();
    }

    [Fact]
    public async Task A_page_is_gone_after_an_eviction_of_any_one_of_its_tags_and_leaves_no_key_behind()
    {
        var store = NewNode();
        var cancel = TestContext.Current.CancellationToken;
        foreach (var tag in new[] { "article-1", "site" })
        {
            Assert.Null(await store.GetAsync("/story", cancel));
            await store.SetAsync("/story", [1, 2, 3], ["article-1", "site"], Lifetime, cancel);
            Assert.Equal([1, 2, 3], await store.GetAsync("/story", cancel));

            await NewNode().EvictByTagAsync(tag, cancel);

            Assert.Null(await store.GetAsync("/story", cancel));
            Assert.False(await Database.KeyExistsAsync($"test:tag:{tag}"));
        }
    }

    [Fact]
    public async Task A_render_that_missed_before_another_nodes_eviction_of_one_of_its_tags_is_refused_and_one_of_other_tags_is_kept()
    {
        var (node, otherNode) = (NewNode(), NewNode());
        var cancel = TestContext.Current.CancellationToken;
        Assert.Null(await node.GetAsync("/raced", cancel));
        Assert.Null(await node.GetAsync("/calm", cancel));

        // Another node commits a change to article-1 while this node renders both pages from what it read before.
        await otherNode.EvictByTagAsync("article-1", cancel);
        await node.SetAsync("/raced", [1, 2, 3], ["article-1", "site"], Lifetime, cancel);
        await node.SetAsync("/calm", [4, 5, 6], ["article-2", "site"], Lifetime, cancel);

        Assert.Null(await otherNode.GetAsync("/raced", cancel));
        Assert.Equal([4, 5, 6], await otherNode.GetAsync("/calm", cancel));
    }

    [Fact]
    public async Task A_page_expires_with_its_lifetime_and_later_writes_trim_it_from_its_tags()
    {
        var store = NewNode();
        var cancel = TestContext.Current.CancellationToken;
        Assert.Null(await store.GetAsync("/brief", cancel));
        await store.SetAsync("/brief", [1], ["site"], TimeSpan.FromMilliseconds(50), cancel);
        await Task.Delay(200, cancel);

        Assert.Null(await store.GetAsync("/brief", cancel));
        await store.SetAsync("/lasting", [2], ["site"], Lifetime, cancel);
        Assert.Equal(["/lasting"], (await Database.SortedSetRangeByRankAsync("test:tag:site")).Select(key => (string)key!));
    }

    private IDatabase Database => _connection.GetDatabase();

    private RedisPageStore NewNode() => new(_connection, "test:");
}
