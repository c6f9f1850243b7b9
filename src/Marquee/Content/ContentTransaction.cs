using Marquee.Platform.Caching;
using Marquee.Storage;

namespace Marquee.Content;

/// <summary>
/// One content write, all or nothing, on the caller's scope (the request's DbContext and ContentChanges): the work runs
/// in a database transaction with its eviction-log row, and this node's cached pages are evicted once it has committed.
/// The work's save classes come from the caller's constructor; a scope may run several transactions one after another.
/// </summary>
public sealed class ContentTransaction(MarqueeDbContext db, ContentChanges changes)
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        // Changes made outside a transaction would otherwise be committed by this one's SaveChanges.
        if (db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("A content transaction began with unsaved changes in its scope's DbContext");
        }

        T result;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            result = await work(cancellationToken);
            await changes.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // Rolled back: nothing of it may be evicted, or saved by the scope's next transaction.
            changes.Discard();
            throw;
        }
        finally
        {
            // Each transaction starts from the database, as when each had a DbContext of its own.
            db.ChangeTracker.Clear();
        }

        await changes.EvictCommittedAsync(cancellationToken);
        return result;
    }
}
