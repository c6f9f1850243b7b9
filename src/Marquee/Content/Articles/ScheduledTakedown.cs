using Marquee.Content.History;
using Marquee.Platform.Jobs;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>
/// Takes a published story down at its unpublish time (an embargo ends, a sweepstakes closes): a real save
/// by the scheduler, so the story gets a revision, an audit entry and the evictions of every page that
/// showed it. Runs on one node at a time; anything overdue — after downtime too — goes at the next run.
/// A story that cannot be taken down is recorded as a job failure for the newsroom, and the others still go.
/// </summary>
public sealed class ScheduledTakedown(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledTakedown> logger)
    : LeasedJob(scopes, clock, logger)
{
    public const string JobName = "scheduled-unpublish";

    protected override string Name => JobName;

    protected override async Task<bool> RunAsync(IServiceProvider services, DateTime after, DateTime upTo, CancellationToken cancellationToken)
    {
        var due = await services.GetRequiredService<MarqueeDbContext>().Articles
            .Where(a => a.UnpublishAt != null && a.UnpublishAt <= upTo && a.Status == ArticleStatus.Published)
            .Select(a => new { a.Id, a.Slug })
            .ToListAsync(cancellationToken);
        foreach (var article in due)
        {
            try
            {
                await TakeDownAsync(services.GetRequiredService<ContentTransaction>(), article.Id, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                await services.GetRequiredService<JobFailures>().RecordAsync(Name, $"article {article.Id} ({article.Slug})", error.Message, cancellationToken);
            }
        }

        return due.Count > 0;
    }

    private static Task<ArticleSaved> TakeDownAsync(ContentTransaction transaction, long articleId, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async (scope, token) =>
            {
                var article = await scope.GetRequiredService<EditableArticles>().GetAsync(articleId, token);
                var input = article.Fields with { ArticleId = article.Id, BaseVersion = article.Version, Status = ArticleStatus.Unpublished, UnpublishAt = null };
                var saved = await scope.GetRequiredService<SaveArticle>().SaveAsync(input, ChangedBy.Scheduler, token);
                await scope.GetRequiredService<AuditLog>().RecordAsync(articleId, ChangedBy.Scheduler, EditorialState.Published, EditorialState.Unpublished, "taken down at its unpublish time", token);
                return saved;
            },
            cancellationToken);
}
