using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;
using Marquee.Newsroom.Workflow;
using static Marquee.Content.Articles.EditorialState;

namespace Marquee.Tests.Newsroom;

/// <summary>The state machine alone: every role, on its own and on someone else's article, against the moves newsrooms expect.</summary>
public sealed class WorkflowRulesTests
{
    private static readonly StaffRole[] Roles = Enum.GetValues<StaffRole>();
    private static readonly StaffRole[] Editors = [StaffRole.Editor, StaffRole.Administrator];
    private static readonly bool[] OwnOrNot = [true, false];

    /// <summary>Role, own article?, from, to, and the refusal expected (null = allowed).</summary>
    public static TheoryData<StaffRole, bool, EditorialState, EditorialState, string?> Table => new()
    {
        { StaffRole.Contributor, true, Draft, InReview, null },
        { StaffRole.Contributor, true, Draft, Published, "a contributor cannot publish" },
        { StaffRole.Contributor, true, Draft, Scheduled, "a contributor cannot schedule" },
        { StaffRole.Contributor, true, InReview, Published, "a contributor cannot publish" },
        { StaffRole.Contributor, true, InReview, Draft, "a contributor cannot send an article back to draft" },
        { StaffRole.Contributor, true, Published, Unpublished, "a contributor cannot unpublish" },
        { StaffRole.Contributor, false, Draft, InReview, "only the author or an editor may move this article from draft to in review" },
        { StaffRole.Author, true, Draft, InReview, null },
        { StaffRole.Author, true, Draft, Published, null },
        { StaffRole.Author, true, InReview, Scheduled, null },
        { StaffRole.Author, true, Scheduled, Draft, null },
        { StaffRole.Author, true, Scheduled, Published, null },
        { StaffRole.Author, true, Published, Unpublished, null },
        { StaffRole.Author, true, Unpublished, Published, null },
        { StaffRole.Author, false, Draft, Published, "only the author or an editor may move this article from draft to published" },
        { StaffRole.Author, false, Published, Unpublished, "only the author or an editor may move this article from published to unpublished" },
        { StaffRole.Editor, false, Draft, Published, null },
        { StaffRole.Editor, false, InReview, Draft, null },
        { StaffRole.Editor, false, Published, Unpublished, null },
        { StaffRole.Editor, false, Unpublished, Draft, null },
        { StaffRole.Administrator, false, InReview, Scheduled, null },
        { StaffRole.Administrator, false, Scheduled, Published, null },
        { StaffRole.Editor, true, Draft, Unpublished, "an article cannot go from draft to unpublished" },
        { StaffRole.Administrator, false, Published, InReview, "an article cannot go from published to in review" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void A_move_is_allowed_or_refused_with_its_reason(StaffRole role, bool own, EditorialState from, EditorialState to, string? refusal)
    {
        Assert.Equal(refusal, WorkflowRules.RefusalToMove(role, own, from, to));
    }

    [Fact]
    public void Editors_and_administrators_make_every_move_that_exists_on_any_article()
    {
        var refused = (from role in Editors
                       from pair in AllPairs()
                       where WorkflowRules.Exists(pair.From, pair.To)
                       let refusal = WorkflowRules.RefusalToMove(role, false, pair.From, pair.To)
                       where refusal is not null
                       select $"{role} {pair.From}->{pair.To}: {refusal}").ToList();

        Assert.Empty(refused);
    }

    [Fact]
    public void A_contributor_makes_no_move_but_submitting_their_own_draft()
    {
        var allowed = AllPairs()
            .SelectMany(pair => OwnOrNot.Select(own => (pair.From, pair.To, Own: own)))
            .Where(m => WorkflowRules.RefusalToMove(StaffRole.Contributor, m.Own, m.From, m.To) is null)
            .ToList();

        Assert.Equal([(Draft, InReview, true)], allowed);
    }

    [Fact]
    public void A_move_that_does_not_exist_is_refused_for_every_role()
    {
        var allowed = (from role in Roles
                       from pair in AllPairs()
                       where !WorkflowRules.Exists(pair.From, pair.To)
                       where WorkflowRules.RefusalToMove(role, true, pair.From, pair.To) is null
                       select $"{role} {pair.From}->{pair.To}").ToList();

        Assert.Empty(allowed);
    }

    public static TheoryData<StaffRole, bool, EditorialState, string?> EditTable => new()
    {
        { StaffRole.Contributor, true, Draft, null },
        { StaffRole.Contributor, true, InReview, "a contributor can edit only their own drafts; this article is in review" },
        { StaffRole.Contributor, false, Draft, "only the author or an editor may edit this draft" },
        { StaffRole.Author, true, Published, null },
        { StaffRole.Author, false, Draft, "only the author or an editor may edit this draft" },
        { StaffRole.Author, false, Published, "only the author or an editor may edit this published article" },
        { StaffRole.Editor, false, Published, null },
        { StaffRole.Administrator, false, Scheduled, null },
    };

    [Theory]
    [MemberData(nameof(EditTable))]
    public void An_edit_is_allowed_or_refused_with_its_reason(StaffRole role, bool own, EditorialState state, string? refusal)
    {
        Assert.Equal(refusal, WorkflowRules.RefusalToEdit(role, own, state));
    }

    [Fact]
    public void Contributors_and_authors_read_only_their_own_articles_and_editors_and_administrators_everyones()
    {
        var readable = from role in Roles
                       from own in OwnOrNot
                       where WorkflowRules.RefusalToRead(role, own) is null
                       select (role, own);

        Assert.Equal(
            [(StaffRole.Contributor, true), (StaffRole.Author, true), (StaffRole.Editor, true), (StaffRole.Editor, false), (StaffRole.Administrator, true), (StaffRole.Administrator, false)],
            readable);
        Assert.Equal("only the author or an editor may open this article", WorkflowRules.RefusalToRead(StaffRole.Author, own: false));
    }

    private static IEnumerable<(EditorialState From, EditorialState To)> AllPairs() =>
        from source in Enum.GetValues<EditorialState>()
        from target in Enum.GetValues<EditorialState>()
        select (source, target);
}
