using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Storage;
using Marquee.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Content;

/// <summary>No lost edits: two saves from the same version, one after the other or truly at once, and exactly one wins.</summary>
public sealed class ConcurrencyTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private static readonly string[] Sides = ["Left", "Right"];
    private readonly TestContent _content = new(server);
    private readonly NewsroomDriver _newsroom = new(server);

    [Fact]
    public async Task A_save_based_on_a_replaced_version_is_refused_with_both_versions_field_by_field_and_changes_nothing()
    {
        var article = await _content.ArticleAsync("Two Editors", configure: a => a with { BaseVersion = null });
        var opened = article with { BaseVersion = 1 };
        await _content.SaveAsync(opened with { Headline = "Theirs" });
        var before = server.Database.Fingerprint();

        var error = await Assert.ThrowsAsync<StaleArticleException>(() => _content.SaveAsync(opened with { Headline = "Mine", Dek = "My dek" }));

        Assert.Equal((1, 2), (error.BaseVersion, error.CurrentVersion));
        Assert.Equal(("Theirs", "Mine"), (error.Theirs.Headline, error.Mine.Headline));
        Assert.Equal(["headline", "dek"], error.Differences.Select(d => d.Field));
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task The_version_check_is_in_the_update_itself_so_a_commit_after_the_read_still_refuses_the_save()
    {
        var article = await _content.ArticleAsync("Read Then Replaced");
        var id = await _content.IdAsync(article);

        var error = await Assert.ThrowsAsync<StaleArticleException>(() => server.WriteAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<MarqueeDbContext>();
            // The save reads this tracked copy (version 1) and passes the in-memory check; then another writer's version lands.
            await db.Articles.AsTracking().SingleAsync(a => a.Id == id, ct);
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(a => a.SetProperty(x => x.Version, 2), ct);
            return await services.GetRequiredService<SaveArticle>().SaveAsync(article with { BaseVersion = 1, Headline = "Lost?" }, ChangedBy.Import, ct);
        }));

        Assert.Equal((1, 2), (error.BaseVersion, error.CurrentVersion));
        Assert.Equal(article.Headline, (await _newsroom.LoadAsync(id)).Fields.Headline);
    }

    [Fact]
    public async Task Two_saves_racing_from_the_same_version_let_exactly_one_through_and_the_other_is_refused_whole()
    {
        var article = await _content.ArticleAsync("Racing Saves");
        var id = await _content.IdAsync(article);
        for (var round = 1; round <= 5; round++)
        {
            var opened = article with { BaseVersion = round };
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var saves = Sides.Select(side => Task.Run(async () =>
            {
                await start.Task;
                return await _content.SaveAsync(opened with { Headline = $"{side} {round}", BodyMarkdown = $"{side} body {round}." });
            })).ToList();

            start.SetResult();
            var outcomes = await Task.WhenAll(saves.Select(async save =>
            {
                try
                {
                    return await save;
                }
                catch (StaleArticleException)
                {
                    return SaveOutcome.Unchanged;
                }
            }));

            Assert.Equal(1, outcomes.Count(o => o == SaveOutcome.Updated));
            var stored = await _newsroom.LoadAsync(id);
            Assert.Equal(round + 1, stored.Version);
            var winner = stored.Fields.Headline.Split(' ')[0];
            Assert.Equal($"{winner} body {round}.", stored.Fields.BodyMarkdown);
            Assert.Equal(round + 1, (await _newsroom.RevisionsAsync(id)).Count);
        }
    }
}
