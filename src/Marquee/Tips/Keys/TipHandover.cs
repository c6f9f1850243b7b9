using Geralt;
using Marquee.Content;
using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Marquee.Tips.Inbox;
using Marquee.Tips.Sealing;
using Marquee.Tips.Submissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tips.Keys;

/// <summary>
/// An unlocked tip editor hands the tips sealed to their key to a colleague who made a key later: each tip's content
/// key is unwrapped with theirs and wrapped again for the colleague's public key, one more wrap row per tip. No tip is
/// re-encrypted, only one content key is in memory at a time, and each tip's audit log says who handed it to whom.
/// </summary>
public sealed class TipHandover(MarqueeDbContext db, TipKeys keys, UserManager<StaffUser> users, TipAudit audit)
{
    /// <summary>How many tips the colleague can open now that they could not before.</summary>
    public async Task<int> HandOverAsync(TipActor from, byte[] privateKey, string colleagueEmail, CancellationToken cancellationToken)
    {
        var fromKey = await keys.OfAsync(from.StaffUserId ?? 0, cancellationToken) ?? throw new ContentValidationException("you have no tip key");
        var colleague = await users.FindByEmailAsync(colleagueEmail.Trim()) ?? throw new ContentValidationException($"no staff account has the email '{colleagueEmail}'");
        var toKey = await keys.OfAsync(colleague.Id, cancellationToken) ?? throw new ContentValidationException($"{colleague.Name} has no tip key yet: they make one first, then you hand tips over");
        if (toKey.Id == fromKey.Id)
        {
            throw new ContentValidationException("choose a colleague: your own key already opens your tips");
        }

        var pending = await PendingAsync(fromKey.Id, toKey.Id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (tipId, wrapped, receiptHash) in pending)
        {
            var context = ReceiptCodes.Context(receiptHash);
            var contentKey = ContentKeyWrap.Unwrap(wrapped, privateKey, context) ?? throw new InvalidOperationException($"tip {tipId}'s wrap for key {fromKey.Id} does not open");
            db.Set<TipKeyWrap>().Add(new TipKeyWrap { TipId = tipId, TipKeyId = toKey.Id, Wrapped = ContentKeyWrap.Wrap(contentKey, toKey.PublicKey, context) });
            SecureMemory.ZeroMemory(contentKey);
            await audit.RecordAsync(tipId, from, $"handed the tip to {colleague.Name}", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return pending.Count;
    }

    /// <summary>Tips this key opens and the colleague's does not.</summary>
    private async Task<List<(long TipId, byte[] Wrapped, string ReceiptHash)>> PendingAsync(long fromKeyId, long toKeyId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TipKeyWrap>().AsNoTracking()
            .Where(w => w.TipKeyId == fromKeyId && !db.Set<TipKeyWrap>().Any(other => other.TipId == w.TipId && other.TipKeyId == toKeyId))
            .Join(db.Set<Tip>(), w => w.TipId, t => t.Id, (w, t) => new { w.TipId, w.Wrapped, t.ReceiptHash })
            .OrderBy(row => row.TipId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => (row.TipId, row.Wrapped, row.ReceiptHash))];
    }
}
