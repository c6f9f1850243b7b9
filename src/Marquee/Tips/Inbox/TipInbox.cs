using Marquee.Storage;
using Marquee.Tips.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tips.Inbox;

/// <summary>The tip desk's lists, which say nothing of what any tip holds.</summary>
public sealed class TipInbox(MarqueeDbContext db)
{
    public Task<List<Tip>> ListAsync(bool archived, CancellationToken cancellationToken) =>
        db.Set<Tip>().AsNoTracking()
            .Where(t => archived ? t.State == TipState.Archived : t.State != TipState.Archived)
            .OrderByDescending(t => t.ReceivedAt).ThenByDescending(t => t.Id)
            .ToListAsync(cancellationToken);

    /// <summary>"New tips: 3" and nothing more, for the newsroom's navigation.</summary>
    public Task<int> NewCountAsync(CancellationToken cancellationToken) =>
        db.Set<Tip>().CountAsync(t => t.State == TipState.New, cancellationToken);

    public Task<TipFile?> FileAsync(long tipId, long fileId, CancellationToken cancellationToken) =>
        db.Set<TipFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.TipId == tipId, cancellationToken);
}
