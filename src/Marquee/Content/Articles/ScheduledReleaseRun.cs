using Marquee.Platform.Jobs;
using Marquee.Content.History;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>
/// One run of <see cref="ScheduledRelease"/>: pages cached before the stories that fell due evict the moment they
/// are due, on every node and CDN, through one committed change. Each release is recorded in the article's audit
/// log as the scheduler's move from scheduled to published.
/// </summary>
public sealed class ScheduledReleaseRun(MarqueeDbContext db, ContentTransaction transaction, ContentChanges changes, AuditLog audit, ILogger<ScheduledRelease> logger) : IJobRun
{
    public async Task<bool> RunAsync(DateTime after, DateTime upTo, CancellationToken cancellationToken)
    {
        // A story saved after its publish time was public when its own save committed and evicted: nothing to release.
        var due = await db.Articles
            .Where(Article.PublicAt(upTo))
            .Where(a => a.PublishedAt > after && a.PublishedAt > a.UpdatedAt)
            .Select(a => new { a.Id, TagIds = a.Tags.Select(t => t.TagId).ToList(), AuthorIds = a.Authors.Select(x => x.AuthorId).ToList() })
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return false;
        }

        await transaction.RunAsync(
            async token =>
            {
                changes.Touch(CacheTags.Home, CacheTags.LatestRail);
                foreach (var article in due)
                {
                    changes.Touch(ArticleCacheTags.Lists(article.AuthorIds, article.TagIds).Append(CacheTags.Article(article.Id)));
                    await audit.RecordAsync(article.Id, ChangedBy.Scheduler, EditorialState.Scheduled, EditorialState.Published, "released at its publish time", token);
                }

                return due.Count;
            },
            cancellationToken);
        logger.LogInformation("Released {Count} scheduled stories due by {Time:O}", due.Count, upTo);
        return true;
    }
}
