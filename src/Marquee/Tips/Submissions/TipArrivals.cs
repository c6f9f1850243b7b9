using Marquee.Storage;
using Marquee.Tips.Inbox;
using Marquee.Tips.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Tips.Submissions;

/// <summary>
/// What every way a tip arrives shares, whoever sealed it (the server on arrival, or the source's browser): the tip
/// desk's keys it must be sealed to, the earlier tip a receipt code names, and one transaction storing it all.
/// </summary>
public sealed class TipArrivals(MarqueeDbContext db, TipKeys keys, TipAudit audit, TimeProvider clock, IOptions<TipsOptions> options)
{
    public async Task<List<TipKey>> RecipientsAsync(CancellationToken cancellationToken)
    {
        var recipients = await keys.RecipientsAsync(cancellationToken);
        return recipients.Count > 0
            ? recipients
            : throw new TipRefusedException(StatusCodes.Status503ServiceUnavailable, "The tip desk is not taking tips here yet: please use one of the channels below.");
    }

    /// <summary>The tip a receipt code names; a code that names none is refused, so guessing one learns nothing and stores nothing.</summary>
    public async Task<long?> FollowedUpTipAsync(string receipt, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(receipt))
        {
            return null;
        }

        var hash = ReceiptCodes.Hash(receipt);
        return await db.Set<Tip>().Where(t => t.ReceiptHash == hash).Select(t => (long?)t.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new TipRefusedException(StatusCodes.Status404NotFound, "No tip has that receipt code: check it, or leave it empty to send a new tip.");
    }

    public Tip NewTip(string receiptHash, long? followUpOf, byte[] sealedMessage, int fileCount) => new()
    {
        ReceiptHash = receiptHash,
        FollowUpOfTipId = followUpOf,
        State = TipState.New,
        ReceivedAt = clock.GetUtcNow().UtcDateTime,
        DeleteAfter = clock.GetUtcNow().UtcDateTime.AddDays(options.Value.RetentionDays),
        SealedMessage = sealedMessage,
        FileCount = fileCount,
    };

    public async Task StoreAsync(Tip tip, List<TipFile> files, IEnumerable<(long KeyId, byte[] Wrapped)> wraps, string action, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<Tip>().Add(tip);
        await db.SaveChangesAsync(cancellationToken);
        db.Set<TipKeyWrap>().AddRange(wraps.Select(w => new TipKeyWrap { TipId = tip.Id, TipKeyId = w.KeyId, Wrapped = w.Wrapped }));
        files.ForEach(file => file.TipId = tip.Id);
        db.Set<TipFile>().AddRange(files);
        await audit.RecordAsync(tip.Id, TipActor.Source, action, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
