using Marquee.Content.Articles;
using Marquee.Content.History;

namespace Marquee.Newsroom.Workflow;

/// <summary>
/// Brings back an old revision's content as a new save — through the same checks, itself a new revision.
/// The workflow state stays as it is now: restoring a published revision does not publish a draft.
/// </summary>
public sealed class RestoreRevision(ArticleRevisions revisions, EditArticle edit)
{
    public async Task<ArticleSaved> RestoreAsync(Actor actor, OpenedArticle opened, int version, CancellationToken cancellationToken)
    {
        var old = await revisions.GetRestorableAsync(opened.ArticleId, version, cancellationToken);
        return await edit.SaveAsync(actor, opened, old, cancellationToken);
    }
}
