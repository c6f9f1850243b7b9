using Marquee.Content;
using Marquee.Newsletters.Lists;
using Marquee.Newsletters.Unsubscribe;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsletters.Subscriptions;

/// <summary>An address's subscriptions and consent log: added once the address is proven, read for the account page and the export.</summary>
public sealed class NewsletterSubscriptions(MarqueeDbContext db, ContentTransaction transaction, Suppressions suppressions, TimeProvider clock)
{
    /// <summary>
    /// Subscribes a proven address to those of the lists that are active, each with its consent line; lists it already
    /// receives are left as they are (confirming twice changes nothing). The address proved it asks, so a suppression of
    /// it is lifted, audited. The names of the lists it now receives.
    /// </summary>
    public Task<IReadOnlyList<string>> AddAsync(string email, IReadOnlyCollection<long> listIds, string form, string wordingVersion, CancellationToken cancellationToken) =>
        transaction.RunAsync<IReadOnlyList<string>>(
            async token =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var lists = await db.Set<NewsletterList>().AsNoTracking().Where(l => listIds.Contains(l.Id) && l.IsActive).OrderBy(l => l.Name).ToListAsync(token);
                var rows = await db.Set<Subscription>().AsTracking().Where(s => s.Email == email).ToDictionaryAsync(s => s.ListId, token);
                foreach (var list in lists.Where(l => rows.GetValueOrDefault(l.Id) is not { EndedAt: null }))
                {
                    var subscription = rows.GetValueOrDefault(list.Id) ?? db.Add(new Subscription { ListId = list.Id, Email = email, UnsubscribeToken = SubscriptionTokens.New() }).Entity;
                    (subscription.ConfirmedAt, subscription.EndedAt) = (now, null);
                    db.Add(new ConsentRecord { Email = email, ListId = list.Id, Action = ConsentAction.Subscribed, Form = form, WordingVersion = wordingVersion, At = now });
                }

                if (lists.Count > 0)
                {
                    await suppressions.LiftAsync(email, form, token);
                }

                await db.SaveChangesAsync(token);
                return [.. lists.Select(l => l.Name)];
            },
            cancellationToken);

    /// <summary>Ends an address's subscriptions to the lists, each with its consent line; lists it does not have are ignored (idempotent).</summary>
    public Task<int> RemoveAsync(string email, IReadOnlyCollection<long> listIds, string form, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async token =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var ending = await db.Set<Subscription>().AsTracking().Where(s => s.Email == email && listIds.Contains(s.ListId) && s.EndedAt == null).ToListAsync(token);
                foreach (var subscription in ending)
                {
                    subscription.EndedAt = now;
                    db.Add(new ConsentRecord { Email = email, ListId = subscription.ListId, Action = ConsentAction.Unsubscribed, Form = form, WordingVersion = SignUpWording.Version, At = now });
                }

                await db.SaveChangesAsync(token);
                return ending.Count;
            },
            cancellationToken);

    /// <summary>The lists an address receives, by name.</summary>
    public async Task<IReadOnlyList<SubscribedList>> OfAsync(string email, CancellationToken cancellationToken) =>
        await db.Set<Subscription>().AsNoTracking().Where(s => s.Email == email && s.EndedAt == null)
            .Join(db.Set<NewsletterList>(), s => s.ListId, l => l.Id, (s, l) => new { l.Id, l.Name, l.Slug, s.ConfirmedAt })
            .OrderBy(s => s.Name)
            .Select(s => new SubscribedList(s.Id, s.Name, s.Slug, s.ConfirmedAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ConsentRecord>> ConsentsOfAsync(string email, CancellationToken cancellationToken) =>
        await db.Set<ConsentRecord>().AsNoTracking().Where(c => c.Email == email).OrderBy(c => c.Id).ToListAsync(cancellationToken);
}
