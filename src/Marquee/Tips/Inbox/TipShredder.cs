using Marquee.Storage;
using Marquee.Tips.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tips.Inbox;

/// <summary>
/// Deletes tips by crypto-shredding: the wrapped content keys go first, in their own commit, so from that moment no
/// key anywhere opens the tip; then its sealed files, then its rows. A crash between the steps leaves only ciphertext
/// nothing can open, which the next run removes.
/// </summary>
public sealed class TipShredder(MarqueeDbContext db, TipFileSealer sealer, TipAudit audit)
{
    /// <summary>Every tip whose retention ended by <paramref name="upTo"/>; returns how many went.</summary>
    public async Task<int> ShredDueAsync(DateTime upTo, CancellationToken cancellationToken)
    {
        var due = await db.Set<Tip>().Where(t => t.DeleteAfter <= upTo).Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var tipId in due)
        {
            await ShredAsync(tipId, TipActor.Retention, cancellationToken);
        }

        return due.Count;
    }

    public async Task ShredAsync(long tipId, TipActor by, CancellationToken cancellationToken)
    {
        await db.Set<TipKeyWrap>().Where(w => w.TipId == tipId).ExecuteDeleteAsync(cancellationToken);
        var files = await db.Set<TipFile>().AsNoTracking().Where(f => f.TipId == tipId).ToListAsync(cancellationToken);
        sealer.Delete(files);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<TipNote>().Where(n => n.TipId == tipId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<TipFile>().Where(f => f.TipId == tipId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Tip>().Where(t => t.Id == tipId).ExecuteDeleteAsync(cancellationToken);
        await audit.RecordAsync(tipId, by, "shredded the tip", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
