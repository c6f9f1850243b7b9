using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.History;
using Marquee.Newsroom.Staff;
using Marquee.Newsroom.Workflow;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using static Marquee.Content.Articles.EditorialState;

namespace Marquee.Tests.Newsroom;

/// <summary>The workflow through the services and the database: who may move what, the audit log, times in the past, all or nothing.</summary>
public sealed class WorkflowTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly NewsroomDriver _newsroom = new(server);

    [Fact]
    public async Task A_story_goes_from_draft_through_review_and_schedule_to_published_and_down_with_every_move_in_the_audit_log()
    {
        var contributor = NewsroomDriver.Person(StaffRole.Contributor, "Casey Contributor");
        var editor = NewsroomDriver.Person(StaffRole.Editor, "Edie Editor");
        var draft = await _newsroom.DraftAsync(contributor, "Red Carpet Looks");

        var submitted = await _newsroom.MoveAsync(contributor, draft, new StateChange(InReview));
        var scheduled = await _newsroom.MoveAsync(editor, submitted, new StateChange(Scheduled, PublishAt: DateTime.UtcNow.AddHours(1), Note: "for the evening"));
        var published = await _newsroom.MoveAsync(editor, scheduled, new StateChange(Published));
        await _newsroom.MoveAsync(editor, published, new StateChange(Unpublished, Note: "legal asked"));

        var audit = await _newsroom.AuditAsync(draft.ArticleId);
        Assert.Equal(
            [(Published, Unpublished, "Edie Editor", "legal asked"), (Scheduled, Published, "Edie Editor", null), (InReview, Scheduled, "Edie Editor", "for the evening"), (Draft, InReview, "Casey Contributor", null)],
            audit.Select(t => (t.FromState, t.ToState, t.Actor, t.Note)).ToList());
        Assert.Equal([editor.StaffUserId, editor.StaffUserId, editor.StaffUserId, contributor.StaffUserId], audit.Select(t => t.StaffUserId!.Value).ToList());
        var stored = await _newsroom.LoadAsync(draft.ArticleId);
        Assert.Equal(ArticleStatus.Unpublished, stored.Fields.Status);
        using var gone = await server.Client.GetAsync($"/news/{stored.Fields.Slug}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task An_article_in_review_is_not_public_and_an_editor_can_send_it_back_with_a_note()
    {
        var author = NewsroomDriver.Person(StaffRole.Author);
        var editor = NewsroomDriver.Person(StaffRole.Editor);
        var submitted = await _newsroom.MoveAsync(author, await _newsroom.DraftAsync(author, "Waiting For Review"), new StateChange(InReview));
        var slug = (await _newsroom.LoadAsync(submitted.ArticleId)).Fields.Slug;
        using (var hidden = await server.Client.GetAsync($"/news/{slug}", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        await _newsroom.MoveAsync(editor, submitted, new StateChange(Draft, Note: "changes requested: a better headline"));

        var latest = (await _newsroom.AuditAsync(submitted.ArticleId))[0];
        Assert.Equal((InReview, Draft, "changes requested: a better headline"), (latest.FromState, latest.ToState, latest.Note));
        Assert.Equal(ArticleStatus.Draft, (await _newsroom.LoadAsync(submitted.ArticleId)).Fields.Status);
    }

    [Fact]
    public async Task A_contributor_cannot_publish_their_draft_and_nothing_changes()
    {
        var contributor = NewsroomDriver.Person(StaffRole.Contributor);
        var draft = await _newsroom.DraftAsync(contributor, "Not Yet");
        var before = server.Database.Fingerprint();

        var error = await Assert.ThrowsAsync<WorkflowRefusedException>(() => _newsroom.MoveAsync(contributor, draft, new StateChange(Published)));

        Assert.Equal("a contributor cannot publish", error.Message);
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task Only_the_author_or_an_editor_may_edit_a_draft()
    {
        var owner = NewsroomDriver.Person(StaffRole.Author);
        var draft = await _newsroom.DraftAsync(owner, "Mine To Edit");
        var before = server.Database.Fingerprint();

        var error = await Assert.ThrowsAsync<WorkflowRefusedException>(() => _newsroom.EditAsync(NewsroomDriver.Person(StaffRole.Author), draft, a => a with { Headline = "Hijacked" }));
        var edited = await _newsroom.EditAsync(NewsroomDriver.Person(StaffRole.Editor), draft, a => a with { Headline = "Edited By The Desk" });

        Assert.Equal("only the author or an editor may edit this draft", error.Message);
        Assert.NotEqual(before, server.Database.Fingerprint());
        Assert.Equal("Edited By The Desk", (await _newsroom.LoadAsync(edited.ArticleId)).Fields.Headline);
    }

    [Fact]
    public async Task An_edit_changes_content_only_and_never_publishes_by_the_back_door()
    {
        var author = NewsroomDriver.Person(StaffRole.Author);
        var draft = await _newsroom.DraftAsync(author, "Back Door");

        var saved = await _newsroom.EditAsync(author, draft, a => a with { Headline = "Back Door, Edited", Status = ArticleStatus.Published, PublishedAt = DateTime.UtcNow });

        var stored = await _newsroom.LoadAsync(saved.ArticleId);
        Assert.Equal(("Back Door, Edited", ArticleStatus.Draft, (DateTime?)null), (stored.Fields.Headline, stored.Fields.Status, stored.Fields.PublishedAt));
    }

    public static TheoryData<string, Func<DateTime, StateChange>> PastTimes => new()
    {
        { "the publish time", now => new StateChange(Scheduled, PublishAt: now.AddMinutes(-5)) },
        { "the unpublish time", now => new StateChange(Scheduled, PublishAt: now.AddMinutes(5), UnpublishAt: now.AddMinutes(-1)) },
        { "the unpublish time", now => new StateChange(Published, UnpublishAt: now.AddSeconds(-1)) },
    };

    [Theory]
    [MemberData(nameof(PastTimes))]
    public async Task Scheduling_for_a_time_in_the_past_is_refused_with_a_clear_message_and_nothing_changes(string what, Func<DateTime, StateChange> change)
    {
        var editor = NewsroomDriver.Person(StaffRole.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Too Late");
        var before = server.Database.Fingerprint();

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => _newsroom.MoveAsync(editor, draft, change(DateTime.UtcNow)));

        Assert.StartsWith(what, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("is in the past; choose a time still to come", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task A_move_that_fails_half_way_leaves_no_state_no_revision_no_audit_entry_and_no_eviction()
    {
        var editor = NewsroomDriver.Person(StaffRole.Editor);
        var draft = await _newsroom.DraftAsync(editor, "Half Way");
        // The revision the move would write already exists, so the database refuses it after the article row was updated.
        await server.WriteAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<MarqueeDbContext>();
            db.Set<ArticleRevision>().Add(new ArticleRevision { ArticleId = draft.ArticleId, Version = draft.Version + 1, SavedBy = "someone", Content = "{}", SavedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync(ct);
        });
        var before = server.Database.Fingerprint();

        await Assert.ThrowsAsync<DbUpdateException>(() => _newsroom.MoveAsync(editor, draft, new StateChange(Published)));

        Assert.Equal(before, server.Database.Fingerprint());
        Assert.Equal(ArticleStatus.Draft, (await _newsroom.LoadAsync(draft.ArticleId)).Fields.Status);
    }
}
