using Marquee.Content.Articles;
using Marquee.Content.History;
using Marquee.Platform.Jobs;
using Marquee.Storage;
using Marquee.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Content;

/// <summary>
/// A story with an unpublish time comes down within a second of it on every node, taken down by exactly one
/// node, with a revision and an audit entry by the scheduler; a story that cannot be taken down is recorded
/// as a job failure the newsroom can list.
/// </summary>
public sealed class ScheduledTakedownTests(MarqueeServer nodeA) : TwoNodeTests(nodeA)
{
    private TestContent Content => new(NodeA);

    private NewsroomDriver Newsroom => new(NodeA);

    [Fact]
    public Task A_story_comes_down_on_both_nodes_within_a_second_of_its_unpublish_time_taken_down_once() =>
        TimedScenario.RunAsync(ComesDownOnTimeAsync, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));

    /// <summary>A story coming down <paramref name="lead"/> from now; false when that came before its pages were cached.</summary>
    private async Task<bool> ComesDownOnTimeAsync(TimeSpan lead)
    {
        var tag = await Content.TagAsync($"Sweepstakes {lead.TotalSeconds:F0}");
        var due = DateTime.UtcNow + lead;
        var story = await Content.ArticleAsync($"Enter To Win In {lead.TotalSeconds:F0} Seconds", tags: [tag], configure: a => a with { PublishedAt = DateTime.UtcNow.AddMinutes(-1), UnpublishAt = due });
        string[] paths = ["/", $"/tag/{tag}"];
        foreach (var node in BothNodes)
        {
            foreach (var path in paths)
            {
                var text = await TextAsync(node, path);
                if (DateTime.UtcNow >= due)
                {
                    return false;
                }

                Assert.Contains(story.Headline, text, StringComparison.Ordinal);
            }
        }

        foreach (var node in BothNodes)
        {
            foreach (var path in paths)
            {
                await LacksByAsync(node, path, story.Headline, due.AddSeconds(1));
            }

            using var gone = await node.Client.GetAsync($"/news/{story.Slug}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        }

        var id = await Content.IdAsync(story);
        var audit = await Newsroom.AuditAsync(id);
        Assert.Equal([(EditorialState.Published, EditorialState.Unpublished, "scheduler")], audit.Select(t => (t.FromState, t.ToState, t.Actor)));
        Assert.Equal("scheduler", (await Newsroom.RevisionsAsync(id))[0].SavedBy);
        var stored = await Newsroom.LoadAsync(id);
        Assert.Equal((ArticleStatus.Unpublished, (DateTime?)null), (stored.Fields.Status, stored.Fields.UnpublishAt));
        return true;
    }

    [Fact]
    public async Task A_story_that_cannot_be_taken_down_is_recorded_as_a_failure_and_goes_once_it_can()
    {
        var story = await Content.ArticleAsync("Stuck Up", configure: a => a with { PublishedAt = DateTime.UtcNow.AddMinutes(-1), UnpublishAt = DateTime.UtcNow.AddMinutes(1) });
        var id = await Content.IdAsync(story);
        // A slug that no longer passes the rules (as if written by an older version) makes the scheduler's save fail.
        await SetAsync(id, "Not A Slug", DateTime.UtcNow.AddMilliseconds(-1));

        var failure = await FailureByAsync(id, DateTime.UtcNow.AddSeconds(5));
        Assert.Equal((ScheduledTakedown.JobName, $"article {id} (Not A Slug)"), (failure.Job, failure.Subject));
        Assert.Contains("slug 'Not A Slug' must be lower-case letters", failure.Message, StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Published, (await Newsroom.LoadAsync(id)).Fields.Status);
        var repeated = await FailureByAsync(id, DateTime.UtcNow.AddSeconds(5), times: 3);
        Assert.Equal(failure.Id, repeated.Id);

        await SetAsync(id, story.Slug, DateTime.UtcNow.AddMilliseconds(-1));
        await UnpublishedByAsync(NodeA, id, DateTime.UtcNow.AddSeconds(5));
    }

    [Fact]
    public async Task After_downtime_an_overdue_takedown_and_an_overdue_release_happen_as_soon_as_a_node_runs_again()
    {
        await using var solo = new MarqueeServer();
        await solo.InitializeAsync();
        var content = new TestContent(solo);
        var later = DateTime.UtcNow.AddHours(1);
        var leaving = await content.ArticleAsync("Leaving During Downtime", configure: a => a with { PublishedAt = DateTime.UtcNow.AddMinutes(-1), UnpublishAt = later });
        var arriving = await content.ArticleAsync("Arriving During Downtime", configure: a => a with { PublishedAt = later });
        var (leavingId, arrivingId) = (await content.IdAsync(leaving), await content.IdAsync(arriving));
        // Both times fall due shortly after the node stops (set directly: saving is slow on a cold first server).
        var due = DateTime.UtcNow.AddSeconds(2);
        await using (var scope = solo.Services.CreateAsyncScope())
        {
            var articles = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Articles;
            await articles.Where(a => a.Id == leavingId).ExecuteUpdateAsync(a => a.SetProperty(x => x.UnpublishAt, due), TestContext.Current.CancellationToken);
            await articles.Where(a => a.Id == arrivingId).ExecuteUpdateAsync(a => a.SetProperty(x => x.PublishedAt, due), TestContext.Current.CancellationToken);
        }

        await solo.StopAsync();
        Assert.True(DateTime.UtcNow < due, "the machine is too slow for this test: the node stopped after the times came");

        await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (due - DateTime.UtcNow + TimeSpan.FromMilliseconds(500)).Ticks)), TestContext.Current.CancellationToken);
        await solo.InitializeAsync();

        // The stopped node's job lease (5 s) must run out before the restarted node, a new node, may take the jobs;
        // catch-up promises "at start", not a second, so a loaded box gets ample room beyond the lease.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        await UnpublishedByAsync(solo, leavingId, deadline);
        await NodePages.ByAsync(async () => (await new NewsroomDriver(solo).AuditAsync(arrivingId)).Count > 0, deadline, $"article {arrivingId} was not released");
        var released = await new NewsroomDriver(solo).AuditAsync(arrivingId);
        Assert.Equal([(EditorialState.Scheduled, EditorialState.Published, "scheduler")], released.Select(t => (t.FromState, t.ToState, t.Actor)));
    }

    private async Task SetAsync(long id, string slug, DateTime unpublishAt)
    {
        await using var scope = NodeA.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Articles.Where(a => a.Id == id)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Slug, slug).SetProperty(x => x.UnpublishAt, unpublishAt), TestContext.Current.CancellationToken);
    }

    private static Task UnpublishedByAsync(MarqueeServer node, long id, DateTime deadline) =>
        NodePages.ByAsync(async () => (await new NewsroomDriver(node).LoadAsync(id)).Fields.Status == ArticleStatus.Unpublished, deadline, $"article {id} is still published");


    /// <summary>The failure row of the article once it counts <paramref name="times"/> runs: one row however often the job retries.</summary>
    private async Task<JobFailure> FailureByAsync(long id, DateTime deadline, int times = 1)
    {
        JobFailure? found = null;
        await NodePages.ByAsync(
            async () =>
            {
                await using var scope = NodeA.Services.CreateAsyncScope();
                var failures = await scope.ServiceProvider.GetRequiredService<JobFailures>().RecentAsync(50, TestContext.Current.CancellationToken);
                found = Assert.Single(failures.Where(f => f.Subject == $"article {id} (Not A Slug)").DefaultIfEmpty());
                return found?.Times >= times;
            },
            deadline,
            $"no failure was recorded for article {id}");
        return found!;
    }

    private static Task LacksByAsync(MarqueeServer node, string path, string text, DateTime deadline) =>
        NodePages.ByAsync(async () => !(await TextAsync(node, path)).Contains(text, StringComparison.Ordinal), deadline, $"{node.BaseAddress}{path.TrimStart('/')} still shows '{text}'");
}
