using Marquee.Platform.Caching;

namespace Marquee.Tests.Platform;

/// <summary>The in-memory copy is read once, kept until a change names one of its tags, and never keeps a read that a change overtook.</summary>
public sealed class TaggedSnapshotTests
{
    private readonly Snapshot _snapshot = new();
    private int _reads;

    [Fact]
    public async Task Read_once_then_kept_until_one_of_its_tags_is_evicted()
    {
        await GetAsync("first");
        _snapshot.Evicted(["some-other-tag"]);
        await GetAsync("second");
        _snapshot.Evicted(["tag-of-first"]);
        var afterEviction = await GetAsync("third");

        Assert.Equal(("third", 2), (afterEviction, _reads));
    }

    [Fact]
    public async Task A_read_overtaken_by_an_eviction_is_served_once_and_not_kept()
    {
        var slowRead = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var overtaken = _snapshot.GetAsync(_ => slowRead.Task, TestContext.Current.CancellationToken);
        _snapshot.Evicted(["anything"]);
        slowRead.SetResult("stale");

        Assert.Equal("stale", await overtaken);
        Assert.Equal("fresh", await GetAsync("fresh"));
    }

    private Task<string> GetAsync(string value) => _snapshot.GetAsync(
        _ =>
        {
            _reads++;
            return Task.FromResult(value);
        },
        TestContext.Current.CancellationToken);

    private sealed class Snapshot : TaggedSnapshot<string>
    {
        protected override IEnumerable<string> TagsOf(string value) => [$"tag-of-{value}"];
    }
}
