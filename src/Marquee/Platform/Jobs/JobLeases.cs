using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Platform.Jobs;

/// <summary>
/// Takes and renews a job's lease in the shared database with one conditional UPDATE, so however many
/// nodes try at once exactly one holds it; the lease row also carries how far the job got.
/// </summary>
public sealed class JobLeases(MarqueeDbContext db, TimeProvider clock, NodeIdentity node)
{
    private string Me => node.Name;

    /// <summary>The lease's row when this node holds it (now renewed until now + <paramref name="term"/>); null when another node does.</summary>
    public async Task<JobLease?> TryTakeAsync(string job, TimeSpan term, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + term;
        var taken = await db.Set<JobLease>()
            .Where(l => l.Name == job && (l.Holder == Me || l.ExpiresAt < now))
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Holder, Me).SetProperty(x => x.ExpiresAt, until), cancellationToken);
        if (taken == 0 && !await CreateAsync(job, until, now, cancellationToken))
        {
            return null;
        }

        return await db.Set<JobLease>().AsNoTracking().SingleAsync(l => l.Name == job, cancellationToken);
    }

    /// <summary>Records progress, only while this node still holds the lease.</summary>
    public Task<int> RecordAsync(string job, DateTime doneUpTo, CancellationToken cancellationToken) =>
        db.Set<JobLease>()
            .Where(l => l.Name == job && l.Holder == Me)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.DoneUpTo, doneUpTo), cancellationToken);

    /// <summary>The first run anywhere creates the row; when two nodes race, the primary key lets one win.</summary>
    private async Task<bool> CreateAsync(string job, DateTime until, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<JobLease>().AnyAsync(l => l.Name == job, cancellationToken))
        {
            return false;
        }

        db.Set<JobLease>().Add(new JobLease { Name = job, Holder = Me, ExpiresAt = until, DoneUpTo = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
