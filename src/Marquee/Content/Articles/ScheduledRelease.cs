using Marquee.Content.History;
using Marquee.Platform.Caching;
using Marquee.Platform.Jobs;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>
/// Makes a story published for a time still to come (scheduled, or under embargo) appear at that time:
/// pages cached before it evict the moment it is due, on every node and CDN, through one committed change.
/// Runs on one node at a time; after downtime it catches up on everything that fell due meanwhile.
/// Each release is recorded in the article's audit log as the scheduler's move from scheduled to published.
/// </summary>
public sealed class ScheduledRelease(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledRelease> logger)
    : LeasedJob(scopes, clock, logger)
{
    protected override string Name => "scheduled-release";

    protected override async Task<bool> RunAsync(IServiceProvider services, DateTime after, DateTime upTo, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<MarqueeDbContext>();

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

        await services.GetRequiredService<ContentTransaction>().RunAsync(
            async (scope, token) =>
            {
                var changes = scope.GetRequiredService<ContentChanges>();
                var audit = scope.GetRequiredService<AuditLog>();
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
