using System.Globalization;
using Marquee.Content.Live;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Live;

/// <summary>
/// The update resource readers poll: one URL per story version for everyone, cacheable, evicted by every entry write, and
/// answered from the cache without a database statement; and paging that costs the same statements on a story of 5,000 entries.
/// </summary>
public sealed class LiveUpdateTests(LiveUpdateTests.CountedServer counted) : IClassFixture<LiveUpdateTests.CountedServer>
{
    private const int Cadence = 7;

    private readonly MarqueeServer server = counted.Server;

    private readonly TestLive _live = new(counted.Server);

    [Fact]
    public async Task Two_readers_are_told_the_same_update_url_which_carries_an_etag_a_cache_control_and_the_servers_cadence()
    {
        var (id, slug) = await _live.StoryAsync("Same URL");
        await _live.PostAsync(id, "First.");

        var one = await _live.UpdatesPathAsync(slug);
        var other = await _live.UpdatesPathAsync(slug);
        using var response = await server.Client.GetAsync(one, TestContext.Current.CancellationToken);
        var update = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(one, other);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.Public, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Equal(Cadence.ToString(CultureInfo.InvariantCulture), update.GetElementById("live-update")!.GetAttribute("data-poll-seconds"));
        Assert.Empty(update.QuerySelectorAll("article[data-entry]"));
    }

    [Fact]
    public async Task New_edited_and_deleted_entries_reach_the_update_url_readers_already_ask()
    {
        var (id, slug) = await _live.StoryAsync("Reaching readers");
        var path = await _live.UpdatesPathAsync(slug);
        var before = await HtmlPage.GetAsync(server.Client, path);

        var entry = await _live.PostAsync(id, "Just in.");
        var posted = await HtmlPage.GetAsync(server.Client, path);
        var edited = await _live.EditAsync(entry, new LiveEntryInput { BodyMarkdown = "Just in, corrected." });
        var afterEdit = await HtmlPage.GetAsync(server.Client, path);
        await _live.MarkAsync(edited, LiveEntryChange.Deleted);
        var afterDelete = await HtmlPage.GetAsync(server.Client, path);

        Assert.Empty(before.QuerySelectorAll("article[data-entry]"));
        Assert.Equal("Just in.", posted.Text($"#entry-{entry.Id} .live-body"));
        Assert.Equal("Just in, corrected.", afterEdit.Text($"#entry-{entry.Id} .live-body"));
        Assert.NotNull(afterDelete.QuerySelector($"[data-deleted='{entry.Id}']"));
        Assert.Null(afterDelete.GetElementById($"entry-{entry.Id}"));
        Assert.NotEqual(path, afterDelete.GetElementById("live-update")!.GetAttribute("data-next"));
    }

    [Fact]
    public async Task A_warm_poll_and_a_warm_page_ask_the_database_nothing()
    {
        var (id, slug) = await _live.StoryAsync("Zero queries");
        await _live.PostAsync(id, "One.");
        var path = await _live.UpdatesPathAsync(slug);

        var cold = await counted.Commands.OfAsync(server.Client, path);
        var warmPolls = new[] { await counted.Commands.OfAsync(server.Client, path), await counted.Commands.OfAsync(server.Client, path) };
        var warmPage = await counted.Commands.OfAsync(server.Client, $"/live/{slug}");

        Assert.NotEmpty(cold);
        Assert.All(warmPolls, commands => Assert.Empty(commands));
        Assert.Empty(warmPage);
    }

    [Fact]
    public async Task Paging_a_story_of_5000_entries_asks_the_database_as_often_deep_in_as_at_the_top()
    {
        var (id, slug) = await _live.StoryAsync("Five thousand");
        var ids = await InsertEntriesAsync(id, 5000);

        var top = await counted.Commands.OfAsync(server.Client, $"/live/{slug}");
        var near = await counted.Commands.OfAsync(server.Client, $"/live/{slug}?before={ids[^30]}");
        var deep = await counted.Commands.OfAsync(server.Client, $"/live/{slug}?before={ids[10]}");
        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}?before={ids[10]}");

        Assert.InRange(top.Count, 1, 7);
        Assert.Equal(near.Count, deep.Count);
        Assert.InRange(deep.Count, 1, 7);
        Assert.Equal(10, page.QuerySelectorAll(".live-stream article[data-entry]").Length);
    }

    [Fact]
    public async Task A_reader_too_far_behind_is_told_to_reload_instead_of_getting_every_change()
    {
        var (id, slug) = await _live.StoryAsync("Far behind");
        await InsertEntriesAsync(id, 60);

        var update = await HtmlPage.GetAsync(server.Client, $"/live/{slug}/updates?since=0");

        Assert.Equal("true", update.GetElementById("live-update")!.GetAttribute("data-reload"));
        Assert.Empty(update.QuerySelectorAll("article[data-entry]"));
    }

    [Fact]
    public async Task A_version_not_reached_yet_or_not_a_number_is_refused_and_not_cached()
    {
        var (_, slug) = await _live.StoryAsync("Future version");

        Assert.Equal(HttpStatusCode.NotFound, await _live.StatusAsync($"/live/{slug}/updates?since=999"));
        Assert.Equal(HttpStatusCode.BadRequest, await _live.StatusAsync($"/live/{slug}/updates?since=abc"));
        Assert.Equal(HttpStatusCode.BadRequest, await _live.StatusAsync($"/live/{slug}/updates"));
    }

    /// <summary>Entries written straight to the table, oldest first, as thousands of posts would leave it; returns their ids in order.</summary>
    private async Task<List<long>> InsertEntriesAsync(long storyId, int count)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var start = DateTime.UtcNow.AddHours(-3);
        var entries = Enumerable.Range(1, count).Select(i => new LiveEntry
        {
            ArticleId = storyId,
            CreatedAt = start.AddSeconds(i),
            BodyMarkdown = $"Entry {i}.",
            BodyHtml = $"<p>Entry {i}.</p>",
            Version = 1,
            ChangedInVersion = i,
        }).ToList();
        db.AddRange(entries);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await db.Set<LiveStory>().Where(s => s.ArticleId == storyId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, count), TestContext.Current.CancellationToken);
        return [.. entries.Select(e => e.Id)];
    }

    /// <summary>A server with its page cache on, and a counter of every request's SQL listening before it starts.</summary>
    public sealed class CountedServer : IAsyncLifetime
    {
        public MarqueeServer Server { get; } = new() { Settings = { ["Marquee:Live:PollSeconds"] = Cadence.ToString(CultureInfo.InvariantCulture) } };

        public RequestCommands Commands { get; } = new();

        public ValueTask InitializeAsync() => Server.InitializeAsync();

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            Commands.Dispose();
        }
    }
}
