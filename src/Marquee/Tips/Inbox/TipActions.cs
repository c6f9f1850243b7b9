using System.Text;
using Marquee.Content;
using Marquee.Storage;
using Marquee.Tips.Sealing;
using Marquee.Tips.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tips.Inbox;

/// <summary>What a tip editor does to a tip: take it, move it on, write a note (sealed like the tip). Each is one audited write.</summary>
public sealed class TipActions(MarqueeDbContext db, TipAudit audit, TimeProvider clock)
{
    public const int MaxNoteCharacters = 5000;

    public async Task AssignToSelfAsync(long tipId, TipActor editor, CancellationToken cancellationToken)
    {
        var tip = await FindAsync(tipId, cancellationToken);
        tip.AssignedToStaffUserId = editor.StaffUserId;
        tip.State = tip.State == TipState.New ? TipState.Assigned : tip.State;
        await audit.RecordAsync(tipId, editor, "assigned the tip to themselves", cancellationToken);
    }

    public async Task MoveAsync(long tipId, TipState to, TipActor editor, CancellationToken cancellationToken)
    {
        var tip = await FindAsync(tipId, cancellationToken);
        if (to <= TipState.Assigned)
        {
            throw new ContentValidationException("a tip moves on to followed up or archived; assign it to take it");
        }

        tip.State = to;
        await audit.RecordAsync(tipId, editor, $"moved the tip to {TipStates.Display(to)}", cancellationToken);
    }

    public async Task AddNoteAsync(long tipId, string text, byte[] contentKey, TipActor editor, CancellationToken cancellationToken)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > MaxNoteCharacters)
        {
            throw new ContentValidationException($"a note must be 1 to {MaxNoteCharacters} characters");
        }

        var tip = await FindAsync(tipId, cancellationToken);
        db.Set<TipNote>().Add(new TipNote
        {
            TipId = tipId,
            StaffUserId = editor.StaffUserId,
            WrittenAt = clock.GetUtcNow().UtcDateTime,
            SealedText = SealedBox.Seal(Encoding.UTF8.GetBytes(trimmed), contentKey, ReceiptCodes.Context(tip.ReceiptHash)),
        });
        await audit.RecordAsync(tipId, editor, "added a note", cancellationToken);
    }

    private async Task<Tip> FindAsync(long tipId, CancellationToken cancellationToken) =>
        await db.Set<Tip>().SingleOrDefaultAsync(t => t.Id == tipId, cancellationToken) ?? throw new ContentValidationException($"tip {tipId} does not exist");
}
