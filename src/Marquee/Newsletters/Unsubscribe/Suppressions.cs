using Marquee.Content;
using Marquee.Newsletters.Audit;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsletters.Unsubscribe;

/// <summary>
/// The global suppression list: an address on it gets no newsletter whatever its subscription rows say (a later import
/// or a stray row cannot undo it). Only the address's own confirmed sign-up lifts it; both changes are audited.
/// </summary>
public sealed class Suppressions(MarqueeDbContext db, ContentTransaction transaction, NewsletterAudit audit, TimeProvider clock)
{
    public Task<bool> IsSuppressedAsync(string email, CancellationToken cancellationToken) =>
        db.Set<Suppression>().AnyAsync(s => s.Email == email && s.LiftedAt == null, cancellationToken);

    /// <summary>Since when an address is suppressed; null when it is not.</summary>
    public async Task<DateTime?> SinceAsync(string email, CancellationToken cancellationToken) =>
        await db.Set<Suppression>().Where(s => s.Email == email && s.LiftedAt == null).Select(s => (DateTime?)s.At).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Puts an address on the list (idempotent); two racing requests both end with it suppressed once.</summary>
    public async Task SuppressAsync(string email, string reason, ChangedBy by, CancellationToken cancellationToken)
    {
        try
        {
            await SuppressOnceAsync(email, reason, by, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request inserted the address's row first; this attempt finds it and changes nothing.
            await SuppressOnceAsync(email, reason, by, cancellationToken);
        }
    }

    /// <summary>In the caller's unit of work: lifts the address's suppression, if any, because it confirmed a sign-up on <paramref name="form"/>.</summary>
    internal async Task LiftAsync(string email, string form, CancellationToken cancellationToken)
    {
        if (await db.Set<Suppression>().AsTracking().SingleOrDefaultAsync(s => s.Email == email && s.LiftedAt == null, cancellationToken) is { } suppression)
        {
            suppression.LiftedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(null, new ChangedBy(null, $"reader on the {form}"), $"lifted suppression #{suppression.Id}: the address confirmed a new sign-up");
        }
    }

    private Task<bool> SuppressOnceAsync(string email, string reason, ChangedBy by, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async token =>
            {
                var suppression = await db.Set<Suppression>().AsTracking().SingleOrDefaultAsync(s => s.Email == email, token);
                if (suppression is { LiftedAt: null })
                {
                    return false;
                }

                suppression ??= db.Add(new Suppression { Email = email, Reason = "" }).Entity;
                (suppression.Reason, suppression.At, suppression.LiftedAt) = (reason[..Math.Min(reason.Length, SuppressionConfiguration.ReasonLength)], clock.GetUtcNow().UtcDateTime, null);
                await db.SaveChangesAsync(token);
                audit.Record(null, by, $"suppressed #{suppression.Id}: {suppression.Reason}");
                await db.SaveChangesAsync(token);
                return true;
            },
            cancellationToken);
}
