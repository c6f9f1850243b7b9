using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Reads;

/// <summary>The database side of counting: adds a node's batch to the minute's rows (every node adds to the same ones) and drops rows past the window.</summary>
public sealed class ReadTally(MarqueeDbContext db, TimeProvider clock)
{
    /// <summary>How far back the figures go: the most-read window, and an hour's margin for a clock between nodes.</summary>
    public static readonly TimeSpan Kept = MostRead.Window + TimeSpan.FromHours(1);

    public async Task AddAsync(IReadOnlyDictionary<long, int> counts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var minute = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // In id order, so two nodes adding to the same rows at once take their locks in the same order.
        foreach (var (articleId, reads) in counts.OrderBy(c => c.Key))
        {
            // Through SELECT: an id that names no article (a forged beacon) adds nothing.
            await db.Database.ExecuteSqlAsync(
                $"""
                 INSERT INTO article_reads (article_id, minute, reads)
                 SELECT id, {minute}, {reads} FROM articles WHERE id = {articleId}
                 ON CONFLICT (article_id, minute) DO UPDATE SET reads = article_reads.reads + excluded.reads
                 """,
                cancellationToken);
        }

        var cutoff = now - Kept;
        await db.Set<ArticleRead>().Where(r => r.Minute < cutoff).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
