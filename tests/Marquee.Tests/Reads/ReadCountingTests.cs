using Marquee.Content.Articles;
using Marquee.Content.Reads;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Marquee.Tests.Reads;

/// <summary>Reads counted by the beacon: in memory until a flush, bots and floods left out, summed across nodes, shown by the most-read list and the dashboard.</summary>
public sealed class ReadCountingTests(ReadCountingTests.FlushByHand fixture) : IClassFixture<ReadCountingTests.FlushByHand>
{
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private readonly MarqueeServer _server = fixture.Server;

    private readonly TestContent _content = new(fixture.Server);

    [Fact]
    public async Task Reads_wait_in_memory_until_the_flush_writes_them_and_bots_are_not_counted()
    {
        var read = await IdAsync("Read Three Times");
        var once = await IdAsync("Read Once");
        var crawled = await IdAsync("Only Crawled");
        var reader = Address();

        var answers = new List<HttpResponseMessage>();
        answers.AddRange(await ReadAsync(_server, read, reader, Firefox, times: 3));
        answers.AddRange(await ReadAsync(_server, once, reader, Firefox, times: 1));
        foreach (var bot in new[] { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0", "Mozilla/5.0 HeadlessChrome/120.0", "" })
        {
            answers.AddRange(await ReadAsync(_server, crawled, reader, bot, times: 2));
        }

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.NoContent, "no-store"), (answer.StatusCode, answer.Headers.CacheControl?.ToString())));
        Assert.Equal((0, 0), (await ReadsAsync(_server, read), await ReadsAsync(_server, once)));

        await FlushAsync(_server);

        Assert.Equal((3, 1, 0), (await ReadsAsync(_server, read), await ReadsAsync(_server, once), await ReadsAsync(_server, crawled)));
    }

    [Fact]
    public async Task A_forged_id_adds_nothing_and_one_address_adds_at_most_its_limit_a_minute()
    {
        var flooded = await IdAsync("Flooded");
        var flood = Address();

        await ReadAsync(_server, long.MaxValue, Address(), Firefox, times: 1);
        await ReadAsync(_server, flooded, flood, Firefox, times: FlushByHand.PerAddress + 10);
        await ReadAsync(_server, flooded, Address(), Firefox, times: 1);
        await FlushAsync(_server);

        Assert.Equal(FlushByHand.PerAddress + 1, await ReadsAsync(_server, flooded));
        Assert.Equal(0, await ReadsAsync(_server, long.MaxValue));
    }

    [Fact]
    public async Task Two_nodes_add_their_reads_to_the_same_figures()
    {
        var story = await IdAsync("Read on Both Nodes");
        await using var nodeB = _server.AnotherNode();
        await nodeB.InitializeAsync();

        await ReadAsync(_server, story, Address(), Firefox, times: 2);
        await ReadAsync(nodeB, story, Address(), Firefox, times: 3);
        await FlushAsync(_server);
        await FlushAsync(nodeB);

        Assert.Equal(5, await ReadsAsync(_server, story));
    }

    [Fact]
    public async Task The_most_read_page_lists_the_days_most_read_public_stories_and_is_cached_a_minute()
    {
        var first = await _content.ArticleAsync("Most Read First");
        var second = await _content.ArticleAsync("Most Read Second");
        var draft = await _content.ArticleAsync("Most Read Then Pulled");
        await ReadAsync(_server, await _content.IdAsync(first), Address(), Firefox, times: 9);
        await ReadAsync(_server, await _content.IdAsync(second), Address(), Firefox, times: 8);
        await ReadAsync(_server, await _content.IdAsync(draft), Address(), Firefox, times: 10);
        await _content.SaveAsync(draft with { Status = ArticleStatus.Unpublished });
        await FlushAsync(_server);

        using var response = await _server.Client.GetAsync("/most-read", TestContext.Current.CancellationToken);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        var listed = page.QuerySelectorAll("#most-read-list a").Select(a => a.TextContent).ToList();
        var (firstAt, secondAt) = (listed.IndexOf("Most Read First"), listed.IndexOf("Most Read Second"));
        Assert.True(firstAt >= 0 && firstAt < secondAt, string.Join(" | ", listed));
        Assert.DoesNotContain("Most Read Then Pulled", listed);
        Assert.Contains($"/news/{first.Slug}", page.QuerySelectorAll("#most-read-list a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Home_and_story_pages_carry_the_rail_and_stay_cached_while_reads_come_in()
    {
        var story = await _content.ArticleAsync("Rail Story");
        var id = await _content.IdAsync(story);
        var path = $"/news/{story.Slug}";
        var before = await HtmlPage.GetAsync(_server.Client, path);
        var home = await HtmlPage.GetAsync(_server.Client, "/");

        await ReadAsync(_server, id, Address(), Firefox, times: 3);
        await FlushAsync(_server);
        using var again = await _server.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal($"/reads/{id}", before.QuerySelector(".rail .most-read")!.GetAttribute("data-read"));
        Assert.Equal("/most-read", before.QuerySelector(".most-read .most-read-more a")!.GetAttribute("href"));
        Assert.Equal("", home.QuerySelector(".most-read")!.GetAttribute("data-read") ?? "");
        Assert.NotNull(again.Headers.Age);
    }

    [Fact]
    public async Task The_dashboard_shows_reads_per_story_and_per_section_to_staff_who_see_every_story()
    {
        var section = await _content.TagAsync("Dashboard Section", Marquee.Content.Tags.TagKind.Section);
        var story = await _content.ArticleAsync("Dashboard Reads", tags: [section]);
        await ReadAsync(_server, await _content.IdAsync(story), Address(), Firefox, times: 7);
        await FlushAsync(_server);
        using var editor = await StaffSession.SignInAsync(_server, Marquee.Newsroom.Staff.StaffRole.Editor);
        using var contributor = await StaffSession.SignInAsync(_server, Marquee.Newsroom.Staff.StaffRole.Contributor);

        var dashboard = await editor.PageAsync("/newsroom");
        var theirs = await contributor.PageAsync("/newsroom");

        var row = dashboard.QuerySelectorAll("#reading-stories tbody tr").Single(r => r.QuerySelector("a")?.TextContent == "Dashboard Reads");
        Assert.Equal(["7", "7", "7"], row.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent));
        var sectionRow = dashboard.QuerySelectorAll("#reading-sections tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "Dashboard Section");
        Assert.Equal(["7", "7", "7"], sectionRow.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent));
        Assert.Null(theirs.QuerySelector("#reading"));
    }

    private static int _addresses;

    /// <summary>A client address of its own (believed from loopback's X-Forwarded-For), so each test has its own per-address budget.</summary>
    private static string Address() => $"203.0.113.{Interlocked.Increment(ref _addresses)}";

    private async Task<long> IdAsync(string headline) => await _content.IdAsync(await _content.ArticleAsync(headline));

    private static async Task<IReadOnlyList<HttpResponseMessage>> ReadAsync(MarqueeServer node, long id, string address, string userAgent, int times)
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < times; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/reads/{id}");
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            request.Headers.Add("X-Forwarded-For", address);
            answers.Add(await node.Client.SendAsync(request, TestContext.Current.CancellationToken));
        }

        return answers;
    }

    private static Task FlushAsync(MarqueeServer node) =>
        node.Services.GetServices<IHostedService>().OfType<ReadFlush>().Single().FlushAsync(TestContext.Current.CancellationToken);

    private static async Task<int> ReadsAsync(MarqueeServer node, long articleId)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Set<ArticleRead>()
            .Where(r => r.ArticleId == articleId).SumAsync(r => r.Reads, TestContext.Current.CancellationToken);
    }

    /// <summary>A server whose flush never comes by itself (the longest interval): each test flushes when it means to.</summary>
    public sealed class FlushByHand : IAsyncLifetime
    {
        public const int PerAddress = 20;

        public MarqueeServer Server { get; } = new()
        {
            Settings =
            {
                ["Marquee:Reads:FlushSeconds"] = "300",
                ["Marquee:Reads:PerAddressPerMinute"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Marquee:Newsroom:SignInAttemptsPerMinute"] = "100000",
            },
        };

        public ValueTask InitializeAsync() => Server.InitializeAsync();

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
