using Marquee.Newsletters.Unsubscribe;
using Marquee.Readers.Accounts;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsletters.Subscriptions;

/// <summary>A reader's newsletters in their export (subscriptions and the consent log), and gone with their account.</summary>
/// <remarks>A suppression outlives the account: it is the reader's own "never mail me", and keeping it honours that.</remarks>
public sealed class NewsletterReaderData(MarqueeDbContext db, NewsletterSubscriptions subscriptions, Suppressions suppressions) : IReaderData
{
    public string Name => "newsletters";

    public async Task<object> ExportAsync(string email, CancellationToken cancellationToken) => new ExportedNewsletters(
        await subscriptions.OfAsync(email, cancellationToken),
        [.. (await subscriptions.ConsentsOfAsync(email, cancellationToken)).Select(c => new ExportedConsent(c.ListId, c.Action.ToString(), c.Form, c.WordingVersion, c.At))],
        await suppressions.SinceAsync(email, cancellationToken));

    public async Task ForgetAsync(string email, CancellationToken cancellationToken)
    {
        await db.Set<Subscription>().Where(s => s.Email == email).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ConsentRecord>().Where(c => c.Email == email).ExecuteDeleteAsync(cancellationToken);
        await db.Set<SignUpRequest>().Where(r => r.Email == email).ExecuteDeleteAsync(cancellationToken);
    }

    /// <param name="SuppressedSince">When the address asked for no newsletter at all; null if it never did (or signed up since).</param>
    public sealed record ExportedNewsletters(IReadOnlyList<SubscribedList> Subscriptions, IReadOnlyList<ExportedConsent> Consents, DateTime? SuppressedSince);

    public sealed record ExportedConsent(long ListId, string Action, string Form, string WordingVersion, DateTime At);
}
