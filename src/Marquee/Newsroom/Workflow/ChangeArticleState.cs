using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.History;
using Marquee.Newsroom.Locks;

namespace Marquee.Newsroom.Workflow;

/// <summary>
/// Moves an article through the workflow (submit, request changes, schedule, publish, unpublish …) for a
/// person allowed to: the new state, its revision, its audit entry and the evictions of every page that
/// shows it commit together or not at all.
/// </summary>
public sealed class ChangeArticleState(ContentTransaction transaction, SaveArticle save, EditableArticles editable, EditLocks locks, AuditLog audit, TimeProvider clock)
{
    public Task<ArticleSaved> MoveAsync(Actor actor, OpenedArticle opened, StateChange change, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async token =>
            {
                var article = await editable.GetAsync(opened.ArticleId, token);
                await locks.EnsureMayWriteAsync(actor, opened, token);
                var now = clock.GetUtcNow().UtcDateTime;
                var from = article.Fields.StateAt(now);
                var own = actor.Owns(article.CreatedByStaffId);
                WorkflowRefusedException.ThrowIf(WorkflowRules.RefusalToMove(actor.Role, own, from, change.To));
                if (PublishRules.RefusalToPublish(article.Fields, from, change.To) is { } unready)
                {
                    throw new ContentValidationException(unready);
                }

                var input = StateFields.Apply(article.Fields, change, now) with { ArticleId = article.Id, BaseVersion = opened.Version };
                var saved = await save.SaveAsync(input, actor.ChangedBy, token);
                await audit.RecordAsync(article.Id, actor.ChangedBy, from, change.To, change.Note, token);
                if (opened.LockToken is { } held && WorkflowRules.RefusalToEdit(actor.Role, own, change.To) is not null)
                {
                    // The move took this person's right to edit (a contributor submitting): a lock is only for those who may edit.
                    await locks.ReleaseAsync(article.Id, held, token);
                }

                return saved;
            },
            cancellationToken);
}
