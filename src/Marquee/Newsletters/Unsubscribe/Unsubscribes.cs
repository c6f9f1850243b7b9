using Marquee.Content;
using Marquee.Newsletters.Lists;
using Marquee.Newsletters.Subscriptions;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsletters.Unsubscribe;

/// <summary>
/// What an unsubscribe token opens: the one subscription it was made for. Unsubscribing is idempotent (the row is
/// ended, not deleted, so a second one-click POST finds it and changes nothing); stopping everything also suppresses
/// the address for every list. A token that opens nothing changes nothing.
/// </summary>
public sealed class Unsubscribes(MarqueeDbContext db, NewsletterSubscriptions subscriptions, Suppressions suppressions)
{
    public const string LinkForm = "unsubscribe link";

    private static readonly ChangedBy ByLink = new(null, $"reader by {LinkForm}");

    public async Task<TokenHolder?> FindAsync(string? token, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(token)
            ? null
            : await db.Set<Subscription>().AsNoTracking().Where(s => s.UnsubscribeToken == token)
                .Join(db.Set<NewsletterList>(), s => s.ListId, l => l.Id, (s, l) => new TokenHolder(s.Email, s.ListId, l.Name, s.EndedAt == null))
                .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Ends the token's subscription; null when the token opens nothing (forged, or its account deleted).</summary>
    public async Task<TokenHolder?> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is not { } holder)
        {
            return null;
        }

        await subscriptions.RemoveAsync(holder.Email, [holder.ListId], LinkForm, cancellationToken);
        return holder with { IsSubscribed = false };
    }

    /// <summary>Ends every subscription of the token's address and puts it on the suppression list.</summary>
    public async Task<TokenHolder?> StopEverythingAsync(string? token, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is not { } holder)
        {
            return null;
        }

        var all = await db.Set<Subscription>().AsNoTracking().Where(s => s.Email == holder.Email).Select(s => s.ListId).ToListAsync(cancellationToken);
        await subscriptions.RemoveAsync(holder.Email, all, LinkForm, cancellationToken);
        await suppressions.SuppressAsync(holder.Email, "asked by its unsubscribe link to stop every newsletter", ByLink, cancellationToken);
        return holder with { IsSubscribed = false };
    }

    public sealed record TokenHolder(string Email, long ListId, string ListName, bool IsSubscribed);
}
