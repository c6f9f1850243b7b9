using Marquee.Storage;
using Marquee.Web.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Readers.Consent;

/// <summary>
/// Consent receipts (decision 0094): each decision a signed-in reader makes in the banner, kept with the server's time.
/// Only the current policy version is taken, so a receipt never claims a policy the reader was not shown.
/// </summary>
public sealed class ConsentReceipts(MarqueeDbContext db, IOptions<ConsentOptions> consent, TimeProvider clock)
{
    public const int MaxVersionLength = 32;

    /// <summary>Null once stored, or why the choices were refused.</summary>
    public async Task<string?> RecordAsync(long readerId, ConsentChoices choices, CancellationToken cancellationToken)
    {
        if (choices.Version != consent.Value.PolicyVersion)
        {
            return $"The decision answers policy version '{choices.Version}', but the current version is '{consent.Value.PolicyVersion}': reload the page and decide again.";
        }

        db.Set<ConsentReceipt>().Add(new ConsentReceipt
        {
            ReaderId = readerId,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            PolicyVersion = choices.Version,
            Analytics = choices.Analytics,
            // GPC is an opt-out of sale and sharing: advertising stays off, as the banner keeps it.
            Advertising = choices.Advertising && !choices.GlobalPrivacyControl,
            GlobalPrivacyControl = choices.GlobalPrivacyControl,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public Task<List<ConsentReceipt>> OfAsync(long readerId, CancellationToken cancellationToken) =>
        db.Set<ConsentReceipt>().AsNoTracking().Where(r => r.ReaderId == readerId).OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
}
