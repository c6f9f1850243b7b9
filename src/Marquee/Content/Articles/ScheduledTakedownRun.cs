using Marquee.Content.History;
using Marquee.Platform.Jobs;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>
/// One run of <see cref="ScheduledTakedown"/>: each story due goes down in a real save by the scheduler, so it gets
/// a revision, an audit entry and the evictions of every page that showed it. A story that cannot be taken down
/// is recorded as a job failure for the newsroom, and the others still go.
/// </summary>
public sealed class ScheduledTakedownRun(
    MarqueeDbContext db,
    ContentTransaction transaction,
    EditableArticles editable,
    SaveArticle save,
    AuditLog audit,
    JobFailures failures) : IJobRun
{
    /// <summary>Everything due by <paramref name="upTo"/>, whenever it fell due: a story that failed before is tried again.</summary>
    public async Task<bool> RunAsync(DateTime after, DateTime upTo, CancellationToken cancellationToken)
    {
        var due = await db.Articles
            .Where(a => a.UnpublishAt != null && a.UnpublishAt <= upTo && a.Status == ArticleStatus.Published)
            .Select(a => new { a.Id, a.Slug })
            .ToListAsync(cancellationToken);
        foreach (var article in due)
        {
            try
            {
                await TakeDownAsync(article.Id, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                await failures.RecordAsync(ScheduledTakedown.JobName, $"article {article.Id} ({article.Slug})", error.Message, cancellationToken);
            }
        }

        return due.Count > 0;
    }

    private Task<ArticleSaved> TakeDownAsync(long articleId, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async token =>
            {
                var article = await editable.GetAsync(articleId, token);
                var input = article.Fields with { ArticleId = article.Id, BaseVersion = article.Version, Status = ArticleStatus.Unpublished, UnpublishAt = null };
                var saved = await save.SaveAsync(input, ChangedBy.Scheduler, token);
                await audit.RecordAsync(articleId, ChangedBy.Scheduler, EditorialState.Published, EditorialState.Unpublished, "taken down at its unpublish time", token);
                return saved;
            },
            cancellationToken);
}
