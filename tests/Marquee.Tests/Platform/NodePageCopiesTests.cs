using Marquee.Platform.Redis;

namespace Marquee.Tests.Platform;

/// <summary>A node's memory copies of shared pages: dropped by tag, never served past their time, never over their bound.</summary>
public sealed class NodePageCopiesTests
{
    private const int Megabyte = 1024 * 1024;
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start.UtcDateTime);

    [Fact]
    public void A_copy_is_served_until_one_of_its_tags_is_evicted()
    {
        var copies = new NodePageCopies(Megabyte, _clock);
        Keep(copies, "/news/a", ["article-1", "site"]);

        copies.Evicted(["article-2"]);
        var afterOtherEviction = copies.Get("/news/a");
        copies.Evicted(["article-1"]);

        Assert.NotNull(afterOtherEviction);
        Assert.Null(copies.Get("/news/a"));
        Assert.Equal((0, 0L), (copies.Count, copies.Bytes));
    }

    [Fact]
    public void A_page_read_before_an_eviction_of_one_of_its_tags_is_not_kept_after_it()
    {
        var copies = new NodePageCopies(Megabyte, _clock);
        var evictionsBefore = copies.Evictions;

        copies.Evicted(["article-1"]);
        copies.Keep("/news/a", new byte[100], ["article-1", "site"], Start.AddMinutes(10), evictionsBefore);

        Assert.Null(copies.Get("/news/a"));
    }

    [Fact]
    public void A_page_read_before_evictions_of_other_pages_is_kept()
    {
        var copies = new NodePageCopies(Megabyte, _clock);
        var evictionsBefore = copies.Evictions;

        copies.Evicted(["article-2"]);
        copies.Evicted(["tag-9", "home"]);
        copies.Keep("/news/a", new byte[100], ["article-1", "site"], Start.AddMinutes(10), evictionsBefore);

        Assert.NotNull(copies.Get("/news/a"));
        Assert.False(copies.EvictedSince(evictionsBefore, ["article-1", "site"]));
        Assert.True(copies.EvictedSince(evictionsBefore, ["home"]));
    }

    [Fact]
    public void A_copy_is_not_served_past_its_time_to_live()
    {
        var copies = new NodePageCopies(Megabyte, _clock);
        Keep(copies, "/news/a", ["article-1"]);

        _clock.Advance(TimeSpan.FromMinutes(9));
        var beforeExpiry = copies.Get("/news/a");
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.NotNull(beforeExpiry);
        Assert.Null(copies.Get("/news/a"));
    }

    [Fact]
    public void Past_its_bound_the_least_recently_read_copies_are_dropped_without_error()
    {
        var copies = new NodePageCopies(Megabyte, _clock);
        Keep(copies, "/often-read", ["home"]);
        for (var i = 0; i < 300; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            copies.Get("/often-read");
            Keep(copies, $"/page-{i}", [$"article-{i}"], size: 10_000);
        }

        Assert.InRange(copies.Bytes, 1, Megabyte);
        Assert.InRange(copies.Count, 2, 299);
        Assert.Null(copies.Get("/page-0"));
        Assert.NotNull(copies.Get("/page-299"));
        Assert.NotNull(copies.Get("/often-read"));
    }

    [Fact]
    public void A_page_larger_than_the_whole_tier_is_not_kept()
    {
        var copies = new NodePageCopies(Megabyte, _clock);

        Keep(copies, "/huge", ["site"], size: Megabyte + 1);

        Assert.Equal((0, 0L), (copies.Count, copies.Bytes));
    }

    private void Keep(NodePageCopies copies, string key, string[] tags, int size = 100) =>
        copies.Keep(key, new byte[size], tags, _clock.GetUtcNow().AddMinutes(10), copies.Evictions);
}
