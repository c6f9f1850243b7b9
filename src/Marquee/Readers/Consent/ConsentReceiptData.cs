using Marquee.Readers.Accounts;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Readers.Consent;

/// <summary>A reader's consent receipts in their export, and gone with their account.</summary>
internal sealed class ConsentReceiptData(MarqueeDbContext db, ConsentReceipts receipts) : IReaderData
{
    public string Name => "consentReceipts";

    public async Task<object> ExportAsync(string email, CancellationToken cancellationToken) =>
        await ReaderIdAsync(email, cancellationToken) is { } readerId
            ? (await receipts.OfAsync(readerId, cancellationToken)).Select(r => new ExportedReceipt(r.RecordedAt, r.PolicyVersion, r.Analytics, r.Advertising, r.GlobalPrivacyControl)).ToList()
            : [];

    public async Task ForgetAsync(string email, CancellationToken cancellationToken)
    {
        if (await ReaderIdAsync(email, cancellationToken) is { } readerId)
        {
            await db.Set<ConsentReceipt>().Where(r => r.ReaderId == readerId).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private Task<long?> ReaderIdAsync(string email, CancellationToken cancellationToken) =>
        db.Set<Reader>().Where(r => r.Email == email).Select(r => (long?)r.Id).SingleOrDefaultAsync(cancellationToken);

    public sealed record ExportedReceipt(DateTime RecordedAt, string PolicyVersion, bool Analytics, bool Advertising, bool GlobalPrivacyControl);
}
