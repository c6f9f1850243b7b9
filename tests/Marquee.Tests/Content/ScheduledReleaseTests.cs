using Marquee.Platform.Caching;
using Marquee.Platform.Jobs;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Content;

/// <summary>
/// A story published for a time still to come is held until then, and then appears on every node's
/// cached pages within a second, released by exactly one node.
/// </summary>
public sealed class ScheduledReleaseTests(MarqueeServer nodeA) : TwoNodeTests(nodeA)
{
    private TestContent Content => new(NodeA);

    [Fact]
    public Task A_scheduled_story_is_held_then_appears_on_both_nodes_within_a_second_of_its_time_released_once() =>
        TimedScenario.RunAsync(HeldThenReleasedOnTimeAsync, TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(30));

    /// <summary>A story due <paramref name="lead"/> from now; false when its time came before its absence was checked.</summary>
    private async Task<bool> HeldThenReleasedOnTimeAsync(TimeSpan lead)
    {
        var tag = await Content.TagAsync($"Scheduled Tag {lead.TotalSeconds:F0}");
        await Content.ArticleAsync($"Out Already {lead.TotalSeconds:F0}", tags: [tag]);
        var due = DateTime.UtcNow + lead;
        var scheduled = await Content.ArticleAsync($"Goes Live In {lead.TotalSeconds:F0} Seconds", tags: [tag], configure: a => a with { PublishedAt = due });
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

                Assert.DoesNotContain(scheduled.Headline, text, StringComparison.Ordinal);
            }

            using var early = await node.Client.GetAsync($"/news/{scheduled.Slug}", TestContext.Current.CancellationToken);
            if (DateTime.UtcNow >= due)
            {
                return false;
            }

            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        }

        foreach (var node in BothNodes)
        {
            foreach (var path in paths)
            {
                await ShowsByAsync(node, path, scheduled.Headline, due.AddSeconds(1));
            }
        }

        Assert.Equal(1, await ReleasesOfAsync(scheduled.Slug));
        return true;
    }

    [Fact]
    public async Task A_story_published_at_once_is_not_released_again_after_its_own_save_evicted()
    {
        var story = await Content.ArticleAsync("Out At Once");
        var saved = DateTime.UtcNow;

        await WaitUntilTheJobHasPassedAsync(saved.AddSeconds(1));

        Assert.Equal(0, await ReleasesOfAsync(story.Slug));
    }

    private async Task WaitUntilTheJobHasPassedAsync(DateTime time)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await using var scope = NodeA.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            if (await db.Set<JobLease>().AnyAsync(l => l.Name == "scheduled-release" && l.DoneUpTo > time, TestContext.Current.CancellationToken))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the release job did not get past the story's time within 10 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Eviction-log rows naming the article: the save cannot (the article has no id yet), so each is a release.</summary>
    private async Task<int> ReleasesOfAsync(string slug)
    {
        await using var scope = NodeA.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var id = await db.Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
        var rows = await db.CacheEvictions.Select(e => e.Tags).ToListAsync(TestContext.Current.CancellationToken);
        return rows.Count(tags => tags.Split(' ').Contains(CacheTags.Article(id)));
    }
}
