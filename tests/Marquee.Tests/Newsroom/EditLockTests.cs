using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Newsroom.Locks;
using Marquee.Newsroom.Staff;
using Marquee.Newsroom.Workflow;
using Marquee.Storage;
using Microsoft.Extensions.Options;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// The edit lock in the database: who holds it, heartbeats, expiry, take-over, and a tab that lost it cannot
/// save. Time-dependent rules run on a hand-moved clock against the real database, so nothing waits.
/// </summary>
public sealed class EditLockTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private static readonly TimeSpan Term = TimeSpan.FromSeconds(60);
    private readonly NewsroomDriver _newsroom = new(server);
    private readonly ManualClock _clock = new(DateTime.UtcNow);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_to_open_holds_the_lock_and_the_next_person_sees_who()
    {
        var (article, writer) = await DraftAsync();
        var other = NewsroomDriver.Person(StaffRole.Editor, "Olive Other");

        var first = await LocksAsync(l => l.OpenAsync(article, writer, Token));
        var second = await LocksAsync(l => l.OpenAsync(article, other, Token));

        Assert.Equal((EditLockHolding.Yours, true), (first.Holding, first.Token is not null));
        Assert.Equal((EditLockHolding.SomeoneElse, null, writer.Name), (second.Holding, second.Token, second.HolderName));
    }

    [Fact]
    public async Task The_same_person_in_another_tab_is_told_so_rather_than_shown_a_foreign_lock()
    {
        var (article, writer) = await DraftAsync();
        await LocksAsync(l => l.OpenAsync(article, writer, Token));

        var secondTab = await LocksAsync(l => l.OpenAsync(article, writer, Token));

        Assert.Equal((EditLockHolding.YoursInAnotherTab, null), (secondTab.Holding, secondTab.Token));
    }

    [Fact]
    public async Task Heartbeats_keep_the_lock_and_without_them_it_expires_so_nobody_sees_a_false_lock()
    {
        var (article, writer) = await DraftAsync();
        var other = NewsroomDriver.Person(StaffRole.Editor);
        var held = await LocksAsync(l => l.OpenAsync(article, writer, Token));

        for (var beat = 0; beat < 3; beat++)
        {
            _clock.Advance(Term * 0.9);
            Assert.Equal(EditLockHolding.Yours, (await LocksAsync(l => l.HeartbeatAsync(article, writer, held.Token!, Token))).Holding);
        }

        Assert.Equal(EditLockHolding.SomeoneElse, (await LocksAsync(l => l.OpenAsync(article, other, Token))).Holding);
        _clock.Advance(Term + TimeSpan.FromSeconds(1));
        Assert.Equal(EditLockHolding.Yours, (await LocksAsync(l => l.OpenAsync(article, other, Token))).Holding);
    }

    [Fact]
    public async Task An_editor_takes_over_and_the_old_tab_learns_it_and_cannot_save_over_the_new_holders_work()
    {
        var (article, writer) = await DraftAsync();
        var editor = NewsroomDriver.Person(StaffRole.Editor, "Edie Editor");
        var old = await LocksAsync(l => l.OpenAsync(article, writer, Token));
        var opened = (await _newsroom.LoadAsync(article)).Version;

        var taken = await LocksAsync(l => l.TakeOverAsync(article, editor, Token));
        var heartbeat = await LocksAsync(l => l.HeartbeatAsync(article, writer, old.Token!, Token));
        var before = server.Database.Fingerprint();
        var refused = await Assert.ThrowsAsync<EditLockLostException>(() => EditAsync(writer, article, opened, old.Token, "From The Old Tab"));
        var unchanged = server.Database.Fingerprint();
        await EditAsync(editor, article, opened, taken.Token, "From The Editor");

        Assert.Equal((EditLockHolding.SomeoneElse, "Edie Editor"), (heartbeat.Holding, heartbeat.HolderName));
        Assert.Equal("Edie Editor took this article over; your changes were not saved", refused.Message);
        Assert.Equal(before, unchanged);
        Assert.Equal("From The Editor", (await _newsroom.LoadAsync(article)).Fields.Headline);
    }

    [Fact]
    public async Task An_author_cannot_take_over_their_own_article_from_an_editor_who_is_editing_it()
    {
        var (article, writer) = await DraftAsync();
        var editor = NewsroomDriver.Person(StaffRole.Editor, "Edie Editor");
        await LocksAsync(l => l.OpenAsync(article, editor, Token));

        var error = await Assert.ThrowsAsync<WorkflowRefusedException>(() => LocksAsync(l => l.TakeOverAsync(article, writer, Token)));

        Assert.Equal("only an editor may take this article over from Edie Editor", error.Message);
    }

    [Fact]
    public async Task Someone_who_may_not_edit_the_article_takes_no_lock_and_cannot_take_it_over()
    {
        var (article, _) = await DraftAsync();
        var stranger = NewsroomDriver.Person(StaffRole.Author);

        var opened = await LocksAsync(l => l.OpenAsync(article, stranger, Token));
        var error = await Assert.ThrowsAsync<WorkflowRefusedException>(() => LocksAsync(l => l.TakeOverAsync(article, stranger, Token)));
        var editor = await LocksAsync(l => l.OpenAsync(article, NewsroomDriver.Person(StaffRole.Editor), Token));

        Assert.Equal((EditLockHolding.ReadOnly, null), (opened.Holding, opened.Token));
        Assert.Equal("only the author or an editor may edit this draft", error.Message);
        Assert.Equal(EditLockHolding.Yours, editor.Holding);
    }

    [Fact]
    public async Task A_heartbeat_from_a_holder_whose_role_was_lowered_keeps_nothing_and_the_author_takes_the_lock()
    {
        var (article, writer) = await DraftAsync();
        var editor = NewsroomDriver.Person(StaffRole.Editor);
        var held = await LocksAsync(l => l.OpenAsync(article, editor, Token));

        var beat = await LocksAsync(l => l.HeartbeatAsync(article, editor with { Role = StaffRole.Contributor }, held.Token!, Token));
        var author = await LocksAsync(l => l.OpenAsync(article, writer, Token));

        Assert.Equal((EditLockHolding.ReadOnly, null), (beat.Holding, beat.Token));
        Assert.Equal(EditLockHolding.Yours, author.Holding);
    }

    [Fact]
    public async Task A_save_without_the_lock_while_someone_else_edits_is_refused_and_the_same_person_hears_of_their_other_tab()
    {
        var (article, writer) = await DraftAsync();
        var version = (await _newsroom.LoadAsync(article)).Version;
        await LocksAsync(l => l.OpenAsync(article, writer, Token));

        var foreign = await Assert.ThrowsAsync<EditLockLostException>(() => EditAsync(NewsroomDriver.Person(StaffRole.Editor), article, version, null, "Sneaky"));
        var ownTab = await Assert.ThrowsAsync<EditLockLostException>(() => EditAsync(writer, article, version, null, "Other Tab"));

        Assert.Equal($"{writer.Name} is editing this article; nothing was saved", foreign.Message);
        Assert.Equal("you have this article open in another tab; nothing was saved from this one", ownTab.Message);
    }

    [Fact]
    public async Task Two_people_opening_at_the_same_moment_cannot_both_get_the_lock()
    {
        var (article, _) = await DraftAsync();
        var people = Enumerable.Range(0, 4).Select(_ => NewsroomDriver.Person(StaffRole.Editor)).ToList();

        var locks = await Task.WhenAll(people.Select(person => Task.Run(() => LocksAsync(l => l.OpenAsync(article, person, Token)))));

        var holder = Assert.Single(locks, l => l.Holding == EditLockHolding.Yours);
        Assert.All(locks.Where(l => l != holder), l => Assert.Equal((EditLockHolding.SomeoneElse, holder.HolderName), (l.Holding, l.HolderName)));
    }

    [Fact]
    public async Task A_released_lock_frees_the_article_at_once()
    {
        var (article, writer) = await DraftAsync();
        var held = await LocksAsync(l => l.OpenAsync(article, writer, Token));

        await LocksAsync(async l => { await l.ReleaseAsync(article, held.Token!, Token); return 0; });

        Assert.Equal(EditLockHolding.Yours, (await LocksAsync(l => l.OpenAsync(article, NewsroomDriver.Person(StaffRole.Editor), Token))).Holding);
    }

    [Fact]
    public async Task A_tab_reopening_with_its_last_token_holds_the_lock_again_and_the_old_pages_late_release_frees_nothing()
    {
        var (article, writer) = await DraftAsync();
        var beforeReload = await LocksAsync(l => l.OpenAsync(article, writer, Token));

        var reloaded = await LocksAsync(l => l.ReopenAsync(article, writer, beforeReload.Token, Token));
        await LocksAsync(async l => { await l.ReleaseAsync(article, beforeReload.Token!, Token); return 0; });
        var other = await LocksAsync(l => l.OpenAsync(article, NewsroomDriver.Person(StaffRole.Editor), Token));

        Assert.Equal(EditLockHolding.Yours, reloaded.Holding);
        Assert.NotEqual(beforeReload.Token, reloaded.Token);
        Assert.Equal((EditLockHolding.SomeoneElse, writer.Name), (other.Holding, other.HolderName));
    }

    [Fact]
    public async Task Reopening_with_a_token_that_is_no_longer_current_or_not_ones_own_takes_nothing()
    {
        var (article, writer) = await DraftAsync();
        var firstTab = await LocksAsync(l => l.OpenAsync(article, writer, Token));
        await LocksAsync(l => l.TakeOverAsync(article, writer, Token));

        var oldTab = await LocksAsync(l => l.ReopenAsync(article, writer, firstTab.Token, Token));
        var stranger = await LocksAsync(l => l.ReopenAsync(article, NewsroomDriver.Person(StaffRole.Editor), firstTab.Token, Token));

        Assert.Equal((EditLockHolding.YoursInAnotherTab, null), (oldTab.Holding, oldTab.Token));
        Assert.Equal((EditLockHolding.SomeoneElse, writer.Name), (stranger.Holding, stranger.HolderName));
    }

    [Fact]
    public async Task A_heartbeat_after_a_lapse_in_which_another_lock_lapsed_too_holds_the_article_again_rather_than_showing_a_false_lock()
    {
        var (article, writer) = await DraftAsync();
        var asleep = await LocksAsync(l => l.OpenAsync(article, writer, Token));
        _clock.Advance(Term + TimeSpan.FromSeconds(1));
        await LocksAsync(l => l.OpenAsync(article, NewsroomDriver.Person(StaffRole.Editor), Token));
        _clock.Advance(Term + TimeSpan.FromSeconds(1));

        var awake = await LocksAsync(l => l.HeartbeatAsync(article, writer, asleep.Token!, Token));

        Assert.Equal(EditLockHolding.Yours, awake.Holding);
        Assert.NotNull(awake.Token);
        Assert.NotEqual(asleep.Token, awake.Token);
    }

    private async Task<(long Article, Actor Writer)> DraftAsync()
    {
        var writer = NewsroomDriver.Person(StaffRole.Author);
        return ((await _newsroom.DraftAsync(writer, "Locked Story")).ArticleId, writer);
    }

    private Task<ArticleSaved> EditAsync(Actor actor, long article, int version, string? lockToken, string headline) =>
        _newsroom.EditAsync(actor, new ArticleSaved(SaveOutcome.Unchanged, article, version), a => a with { Headline = headline }, lockToken);

    /// <summary>The product's lock service on the real database, reading this test's clock.</summary>
    private async Task<T> LocksAsync<T>(Func<EditLocks, Task<T>> call)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var options = Options.Create(new EditingOptions { LockSeconds = (int)Term.TotalSeconds });
        return await call(new EditLocks(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>(), scope.ServiceProvider.GetRequiredService<EditableArticles>(), _clock, options));
    }
}
