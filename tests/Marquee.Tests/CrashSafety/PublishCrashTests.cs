using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Newsroom;

namespace Marquee.Tests.CrashSafety;

/// <summary>
/// A `marquee serve` process killed (SIGKILL) while an editor publishes a draft, reads its page and saves a new headline with
/// new tags: after a restart every acknowledged step is there with its revision, audit entry and eviction; an unacknowledged
/// one is there whole or not at all; and the page shows what the database says on the restarted node and on a second one.
/// </summary>
public sealed class PublishCrashTests : IAsyncDisposable
{
    private const int Kills = 3;
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);
    private static readonly string[] NewTags = ["crash-a", "crash-b"];

    private readonly CrashableNode _node = new();
    private readonly List<Round> _rounds = [];

    [Fact]
    public async Task A_node_killed_while_publishing_keeps_what_it_acknowledged_and_nothing_half_done()
    {
        using var session = await _node.StartSignedInAsync(StaffRole.Editor);
        foreach (var tag in NewTags)
        {
            using var created = await session.PostAsync("/newsroom/tags?handler=Create", new() { ["Name"] = tag }, tokenFrom: "/newsroom/tags");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        // A round that is not killed: every step acknowledged, and how long the steps take, to spread the kills over.
        var started = DateTime.UtcNow;
        var whole = await StartRoundAsync(session);
        await whole.Steps;
        Assert.True(whole.Published && whole.Saved, "the round without a kill did not publish and save");
        var duration = DateTime.UtcNow - started;

        foreach (var delay in KillPoints.Spread(seed: 3202, Kills, duration))
        {
            var round = await StartRoundAsync(session);
            await Task.Delay(delay, TestContext.Current.CancellationToken);
            await _node.KillAsync();
            await round.Steps;

            await _node.RestartAsync();
            await AssertRoundsAsync([_node.Process], $"after a kill {delay.TotalMilliseconds:F0} ms into the round");
        }

        await using var second = await _node.Cli.ServeAsync();
        await AssertRoundsAsync([_node.Process, second], "on the restarted node and a second one");
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    /// <summary>Creates a draft (acknowledged before any kill), then starts publishing it, reading its page and saving it anew.</summary>
    private async Task<Round> StartRoundAsync(StaffSession session)
    {
        var n = _rounds.Count;
        var round = new Round($"Crash Round {n} Draft", $"Crash Round {n} Saved") { Id = await EditorForms.CreateAsync(session, $"Crash Round {n} Draft") };
        round.Slug = _node.Cli.Database.Scalar($"SELECT slug FROM articles WHERE id = {round.Id}")!;
        var tab = await session.PageAsync($"/newsroom/articles/{round.Id}");
        round.Steps = StepsAsync(session, round, tab);
        _rounds.Add(round);
        return round;
    }

    /// <summary>The editor's steps; a step counts as acknowledged only once its answer arrived. A kill ends them with an error.</summary>
    private async Task StepsAsync(StaffSession session, Round round, AngleSharp.Dom.IDocument tab)
    {
        try
        {
            using var moved = await EditorForms.MoveAsync(session, round.Id, tab, EditorialState.Published);
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            round.Published = true;
            using var page = await _node.Process.Client.GetAsync($"/news/{round.Slug}", TestContext.Current.CancellationToken);
            var form = EditorForms.Form(await EditorForms.ParseAsync(moved));
            form["Headline"] = round.SavedHeadline;
            form["Tags"] = string.Join(',', NewTags);
            using var saved = await EditorForms.SaveAsync(session, round.Id, form);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            round.Saved = true;
        }
        catch (HttpRequestException)
        {
            // The node was killed: what this step did is whatever the database says.
        }
    }

    private async Task AssertRoundsAsync(ServeProcess[] nodes, string when)
    {
        foreach (var round in _rounds)
        {
            var (headline, status, version) = Article(round.Id);
            var tags = _node.Cli.Database.Lines($"SELECT t.slug FROM article_tags l JOIN tags t ON t.id = l.tag_id WHERE l.article_id = {round.Id} ORDER BY l.position");
            var where = $"{when}, round '{round.DraftHeadline}'";

            Assert.True(headline == round.DraftHeadline || headline == round.SavedHeadline, $"{where}: headline '{headline}'");
            Assert.True(headline == round.SavedHeadline ? tags.SequenceEqual(NewTags) : tags.Count == 0, $"{where}: headline '{headline}' with tags [{string.Join(", ", tags)}]: half a save");
            Assert.True(!round.Saved || headline == round.SavedHeadline, $"{where}: an acknowledged save is lost");
            Assert.True(!round.Published || status == "published", $"{where}: an acknowledged publish is lost");
            Assert.True(Count($"article_revisions WHERE article_id = {round.Id} AND version = {version}") == 1, $"{where}: version {version} has no revision");
            var publishedMoves = Count($"article_transitions WHERE article_id = {round.Id} AND to_state = 'Published'");
            Assert.True(publishedMoves == (status == "published" ? 1 : 0), $"{where}: status {status} with {publishedMoves} audit entries of publishing");
            Assert.True(status != "published" || Count($"cache_evictions WHERE ' ' || tags || ' ' LIKE '% {CacheTagsOf(round.Id)} %'") > 0, $"{where}: published without an eviction");

            foreach (var node in nodes)
            {
                await ShowsAsync(node, round, status == "published" ? headline : null, $"{where}, {node.Client.BaseAddress}");
            }
        }
    }

    /// <summary>The node's public page shows the headline the database has (or is not found for a draft) within the promise.</summary>
    private static Task ShowsAsync(ServeProcess node, Round round, string? headline, string where) =>
        NodePages.ByAsync(
            async () =>
            {
                using var page = await node.Client.GetAsync($"/news/{round.Slug}", TestContext.Current.CancellationToken);
                var text = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                return headline is null
                    ? page.StatusCode == HttpStatusCode.NotFound
                    : page.StatusCode == HttpStatusCode.OK && text.Contains(WebUtility.HtmlEncode(headline), StringComparison.Ordinal);
            },
            DateTime.UtcNow + Promise,
            $"{where}: the page does not show what the database says ({headline ?? "not published"})");

    private static string CacheTagsOf(long id) => Marquee.Platform.Caching.CacheTags.Article(id);

    private (string Headline, string Status, string Version) Article(long id)
    {
        var row = _node.Cli.Database.Lines($"SELECT headline, status, version FROM articles WHERE id = {id}").Single().Split('\u001f');
        return (row[0], row[1], row[2]);
    }

    private int Count(string from) => int.Parse(_node.Cli.Database.Scalar($"SELECT COUNT(*) FROM {from}")!, System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Round(string draftHeadline, string savedHeadline)
    {
        public string DraftHeadline { get; } = draftHeadline;

        public string SavedHeadline { get; } = savedHeadline;

        public long Id { get; init; }

        public string Slug { get; set; } = "";

        public Task Steps { get; set; } = Task.CompletedTask;

        public bool Published { get; set; }

        public bool Saved { get; set; }
    }
}
