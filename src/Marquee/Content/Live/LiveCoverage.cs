using Marquee.Content.Articles;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Live;

/// <summary>Starts, ends and reopens a live story's coverage: what the "Live now" module and the page's JSON-LD say.</summary>
public sealed class LiveCoverage(MarqueeDbContext db, ContentChanges changes, TimeProvider clock)
{
    /// <summary>Starts coverage (at <paramref name="at"/> for the demo or an import, else now), or reopens ended coverage keeping its first start; the article must be a live story.</summary>
    public async Task StartAsync(long articleId, CancellationToken cancellationToken, DateTime? at = null)
    {
        var story = await StoryAsync(articleId, cancellationToken);
        story.CoverageStartedAt ??= at ?? Now();
        story.CoverageEndedAt = null;
        await SaveAsync(story, cancellationToken);
    }

    public async Task EndAsync(long articleId, CancellationToken cancellationToken)
    {
        var story = await StoryAsync(articleId, cancellationToken);
        if (story.CoverageStartedAt is null)
        {
            throw new ContentValidationException($"live story {articleId}'s coverage has not started, so it cannot end");
        }

        story.CoverageEndedAt ??= Now();
        await SaveAsync(story, cancellationToken);
    }

    private async Task<LiveStory> StoryAsync(long articleId, CancellationToken cancellationToken)
    {
        var kind = await db.Articles.Where(a => a.Id == articleId).Select(a => (ArticleKind?)a.Kind).SingleOrDefaultAsync(cancellationToken);
        if (kind != ArticleKind.Live)
        {
            throw new ContentValidationException(kind is null ? $"article {articleId} does not exist" : $"article {articleId} is a {kind.Value.ToString().ToLowerInvariant()}, not a live story");
        }

        return await db.Set<LiveStory>().AsTracking().SingleOrDefaultAsync(s => s.ArticleId == articleId, cancellationToken)
            ?? db.Set<LiveStory>().Add(new LiveStory { ArticleId = articleId }).Entity;
    }

    private async Task SaveAsync(LiveStory story, CancellationToken cancellationToken)
    {
        story.Version++;
        changes.Touch(LiveCacheTags.Story(story.ArticleId), LiveCacheTags.LiveNow);
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
