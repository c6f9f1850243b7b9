using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Newsroom.Locks;

namespace Marquee.Newsroom.Workflow;

/// <summary>
/// Saves what the editor wrote: a new draft, or the content of an article this person may edit, based on
/// the version the form was filled from and while holding the edit lock. Content only: status and times
/// change through <see cref="ChangeArticleState"/>, so no save publishes by the back door.
/// </summary>
public sealed class EditArticle(ContentTransaction transaction, SaveArticle save, EditableArticles editable, EditLocks locks, WriterByline byline, TimeProvider clock)
{
    /// <summary>A new draft, owned by its writer and bylined to them unless it names its authors; its slug must be free (a draft never takes over another article).</summary>
    public Task<ArticleSaved> CreateAsync(Actor actor, ArticleInput input, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async token =>
            {
                await save.EnsureSlugIsFreeAsync(input.Slug, null, token);
                if (input.AuthorSlugs.Count == 0 && await byline.SlugOfAsync(actor, token) is { } writer)
                {
                    input = input with { AuthorSlugs = [writer] };
                }

                var draft = input with { ArticleId = null, BaseVersion = null, SourceKey = null, Status = ArticleStatus.Draft, PublishedAt = null, UnpublishAt = null };
                return await save.SaveAsync(draft, actor.ChangedBy, token);
            },
            cancellationToken);

    public Task<ArticleSaved> SaveAsync(Actor actor, OpenedArticle opened, ArticleInput input, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async token =>
            {
                var article = await editable.GetAsync(opened.ArticleId, token);
                await locks.EnsureMayWriteAsync(actor, opened, token);
                var state = article.Fields.StateAt(clock.GetUtcNow().UtcDateTime);
                WorkflowRefusedException.ThrowIf(WorkflowRules.RefusalToEdit(actor.Role, actor.Owns(article.CreatedByStaffId), state));
                var fields = input with
                {
                    ArticleId = article.Id,
                    BaseVersion = opened.Version,
                    SourceKey = null,
                    Kind = article.Fields.Kind,
                    Status = article.Fields.Status,
                    PublishedAt = article.Fields.PublishedAt,
                    UnpublishAt = article.Fields.UnpublishAt,
                };
                return await save.SaveAsync(fields, actor.ChangedBy, token);
            },
            cancellationToken);
}
