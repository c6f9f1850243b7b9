using Marquee.Content;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsletters.Audit;

/// <summary>Adds to the newsletter audit log in the caller's unit of work, and reads a list's history back.</summary>
public sealed class NewsletterAudit(MarqueeDbContext db, TimeProvider clock)
{
    public const int ActionLength = 300;

    public void Record(long? listId, ChangedBy by, string action) =>
        db.Set<NewsletterEvent>().Add(new NewsletterEvent
        {
            ListId = listId, StaffUserId = by.StaffUserId, Actor = by.Name, Action = action[..Math.Min(action.Length, ActionLength)], At = clock.GetUtcNow().UtcDateTime,
        });

    public async Task<IReadOnlyList<NewsletterEvent>> OfListAsync(long listId, CancellationToken cancellationToken) =>
        await db.Set<NewsletterEvent>().AsNoTracking().Where(e => e.ListId == listId).OrderByDescending(e => e.Id).Take(50).ToListAsync(cancellationToken);
}
