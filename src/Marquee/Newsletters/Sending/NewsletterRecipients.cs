using Marquee.Newsletters.Subscriptions;
using Marquee.Newsletters.Unsubscribe;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsletters.Sending;

/// <summary>
/// Who a list's mail goes to: its running subscriptions less every suppressed address, in one statement, streamed so
/// a large list is never held whole. Every send asks here, so no subscription row can reach a suppressed address.
/// </summary>
public sealed class NewsletterRecipients(MarqueeDbContext db)
{
    public IAsyncEnumerable<NewsletterRecipient> OfAsync(long listId) =>
        db.Set<Subscription>().AsNoTracking()
            .Where(s => s.ListId == listId && s.EndedAt == null && !db.Set<Suppression>().Any(x => x.Email == s.Email && x.LiftedAt == null))
            .OrderBy(s => s.Id)
            .Select(s => new NewsletterRecipient(s.Email, s.UnsubscribeToken))
            .AsAsyncEnumerable();
}
