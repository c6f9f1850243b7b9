using Marquee.Content.Articles;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Reads;

/// <summary>What readers read most, from the summed counts of every node: the public rail, and the newsroom's figures per story and per section.</summary>
public sealed class MostRead(MarqueeDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>What the newsroom calls "now": reads this recent.</summary>
    public static readonly TimeSpan Now = TimeSpan.FromMinutes(5);

    public const int RailSize = 5;

    /// <summary>The public stories read most in the last 24 hours, most first.</summary>
    public async Task<IReadOnlyList<MostReadStory>> StoriesAsync(int count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        return await Recent(since)
            .GroupBy(r => r.ArticleId)
            .Select(g => new { ArticleId = g.Key, Reads = g.Sum(r => r.Reads) })
            .Join(db.Articles.Where(Article.PublicAt(now)), r => r.ArticleId, a => a.Id, (r, a) => new { r.Reads, a.Id, a.Headline, a.Slug, a.Kind })
            .OrderByDescending(r => r.Reads).ThenByDescending(r => r.Id)
            .Take(count)
            .Select(r => new MostReadStory(r.Id, r.Headline, r.Slug, r.Kind, r.Reads))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The stories read most in the last 24 hours, whatever their state now, with their reads now, in the hour and in the day.</summary>
    public async Task<IReadOnlyList<ReadingFigure>> PerStoryAsync(int count, CancellationToken cancellationToken)
    {
        var (now, hour, day) = Since();
        var rows = await Recent(day)
            .GroupBy(r => r.ArticleId)
            .Select(g => new { ArticleId = g.Key, Now = g.Sum(r => r.Minute >= now ? r.Reads : 0), Hour = g.Sum(r => r.Minute >= hour ? r.Reads : 0), Day = g.Sum(r => r.Reads) })
            .Join(db.Articles, r => r.ArticleId, a => a.Id, (r, a) => new { r.Now, r.Hour, r.Day, a.Id, a.Headline, a.Slug, a.Kind })
            .OrderByDescending(r => r.Day).ThenByDescending(r => r.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ReadingFigure(r.Headline, ArticlePaths.Of(r.Kind, r.Slug), r.Now, r.Hour, r.Day)).ToList();
    }

    /// <summary>The last 24 hours' reads summed by each story's section (stories without one under "No section"), most first.</summary>
    public async Task<IReadOnlyList<ReadingFigure>> PerSectionAsync(CancellationToken cancellationToken)
    {
        var (now, hour, day) = Since();
        var rows = await Recent(day)
            .Join(db.Articles, r => r.ArticleId, a => a.Id, (r, a) => new { r.Minute, r.Reads, Section = a.PrimarySection == null ? null : a.PrimarySection.Name })
            .GroupBy(r => r.Section)
            .Select(g => new { Section = g.Key, Now = g.Sum(r => r.Minute >= now ? r.Reads : 0), Hour = g.Sum(r => r.Minute >= hour ? r.Reads : 0), Day = g.Sum(r => r.Reads) })
            .OrderByDescending(r => r.Day)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ReadingFigure(r.Section ?? "No section", null, r.Now, r.Hour, r.Day)).ToList();
    }

    private IQueryable<ArticleRead> Recent(DateTime since) => db.Set<ArticleRead>().Where(r => r.Minute >= since);

    private (DateTime Now, DateTime Hour, DateTime Day) Since()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return (now - Now, now - TimeSpan.FromHours(1), now - Window);
    }
}
