using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;

namespace Marquee.Newsroom.Workflow;

/// <summary>
/// The editorial state machine: which moves exist, and who may make them. Editors and administrators make
/// any move on any article; authors any move on their own; contributors only submit their own drafts.
/// Reading comes first: contributors and authors see only their own articles (decision 0028).
/// Pure, so every role × move × ownership is checked by a unit test.
/// </summary>
public static class WorkflowRules
{
    /// <summary>Moves that exist at all. Scheduled → scheduled and published → published are new times (reschedule, an unpublish time).</summary>
    private static readonly HashSet<(EditorialState From, EditorialState To)> Moves =
    [
        (EditorialState.Draft, EditorialState.InReview),
        (EditorialState.Draft, EditorialState.Scheduled),
        (EditorialState.Draft, EditorialState.Published),
        (EditorialState.InReview, EditorialState.Draft),
        (EditorialState.InReview, EditorialState.Scheduled),
        (EditorialState.InReview, EditorialState.Published),
        (EditorialState.Scheduled, EditorialState.Draft),
        (EditorialState.Scheduled, EditorialState.Scheduled),
        (EditorialState.Scheduled, EditorialState.Published),
        (EditorialState.Published, EditorialState.Published),
        (EditorialState.Published, EditorialState.Unpublished),
        (EditorialState.Unpublished, EditorialState.Draft),
        (EditorialState.Unpublished, EditorialState.Scheduled),
        (EditorialState.Unpublished, EditorialState.Published),
    ];

    public static bool Exists(EditorialState from, EditorialState to) => Moves.Contains((from, to));

    /// <summary>
    /// Whether this role sees only its own articles: lists are filtered by it, and anything else answers 404.
    /// Ghost and WordPress give contributors and authors the same view.
    /// </summary>
    public static bool ReadsOnlyOwn(StaffRole role) => role < StaffRole.Editor;

    /// <summary>Why this person may not open the article (its content, revisions, preview link or lock), or null when they may.</summary>
    public static string? RefusalToRead(StaffRole role, bool own) =>
        own || !ReadsOnlyOwn(role) ? null : "only the author or an editor may open this article";

    /// <summary>Why this person may not make the move, or null when they may.</summary>
    public static string? RefusalToMove(StaffRole role, bool own, EditorialState from, EditorialState to)
    {
        if (!Exists(from, to))
        {
            return $"an article cannot go from {from.Display()} to {to.Display()}";
        }

        if (role >= StaffRole.Editor)
        {
            return null;
        }

        if (!own)
        {
            return $"only the author or an editor may move this article from {from.Display()} to {to.Display()}";
        }

        return role == StaffRole.Contributor && (from, to) != (EditorialState.Draft, EditorialState.InReview)
            ? $"a contributor cannot {Verb(to)}"
            : null;
    }

    /// <summary>Why this person may not change the article's content, or null when they may.</summary>
    public static string? RefusalToEdit(StaffRole role, bool own, EditorialState state)
    {
        if (role >= StaffRole.Editor)
        {
            return null;
        }

        if (!own)
        {
            return $"only the author or an editor may edit this {(state == EditorialState.Draft ? "draft" : $"{state.Display()} article")}";
        }

        return role == StaffRole.Contributor && state != EditorialState.Draft
            ? $"a contributor can edit only their own drafts; this article is {state.Display()}"
            : null;
    }

    private static string Verb(EditorialState to) => to switch
    {
        EditorialState.Published => "publish",
        EditorialState.Scheduled => "schedule",
        EditorialState.Unpublished => "unpublish",
        EditorialState.Draft => "send an article back to draft",
        _ => $"move an article to {to.Display()}",
    };
}
