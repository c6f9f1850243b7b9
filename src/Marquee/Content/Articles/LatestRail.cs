using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>The Latest News rail beside every article: its size, and whether a change can show in it.</summary>
public sealed class LatestRail(MarqueeDbContext db, TimeProvider clock)
{
    public const int Size = 6;

    /// <summary>True when an article published at <paramref name="publishedAt"/> is (or would be) among the newest.</summary>
    public async Task<bool> ShowsAsync(DateTime publishedAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var newer = await db.Articles
            .Where(Article.PublicAt(now))
            .Where(a => a.PublishedAt > publishedAt)
            .OrderBy(a => a.PublishedAt)
            .Take(Size + 1)
            .CountAsync(cancellationToken);
        return newer <= Size;
    }
}
