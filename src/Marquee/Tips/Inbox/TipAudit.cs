using Marquee.Storage;

namespace Marquee.Tips.Inbox;

/// <summary>Writes the tip desk's audit log in the caller's unit of work: one row per action, never a tip's words.</summary>
public sealed class TipAudit(MarqueeDbContext db, TimeProvider clock)
{
    public Task RecordAsync(long? tipId, TipActor by, string action, CancellationToken cancellationToken)
    {
        db.Set<TipEvent>().Add(new TipEvent { TipId = tipId, StaffUserId = by.StaffUserId, Actor = by.Name, Action = action, At = clock.GetUtcNow().UtcDateTime });
        return db.SaveChangesAsync(cancellationToken);
    }
}
