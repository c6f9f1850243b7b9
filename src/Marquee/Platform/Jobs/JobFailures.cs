using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Platform.Jobs;

/// <summary>
/// Records job failures in the database, outside the failed work's transaction, and lists the latest. A job
/// retries every run, so the same failure again only counts up its row instead of filling the table.
/// </summary>
public sealed class JobFailures(MarqueeDbContext db, TimeProvider clock)
{
    private const int MaxMessageLength = 2000;

    public async Task RecordAsync(string job, string? subject, string message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        message = message.Length > MaxMessageLength ? message[..MaxMessageLength] : message;
        var now = clock.GetUtcNow().UtcDateTime;
        var repeated = await db.Set<JobFailure>().Where(f => f.Job == job && f.Subject == subject && f.Message == message)
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.Times, x => x.Times + 1).SetProperty(x => x.FailedAt, now), cancellationToken);
        if (repeated == 0)
        {
            db.Set<JobFailure>().Add(new JobFailure { Job = job, Subject = subject, Message = message, FailedAt = now, Times = 1 });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Newest first.</summary>
    public Task<List<JobFailure>> RecentAsync(int count, CancellationToken cancellationToken) =>
        db.Set<JobFailure>().AsNoTracking().OrderByDescending(f => f.FailedAt).ThenByDescending(f => f.Id).Take(count).ToListAsync(cancellationToken);
}
