using System.Text;
using System.Text.Json;
using Geralt;
using Marquee.Storage;
using Marquee.Tips.Inbox;
using Marquee.Tips.Keys;
using Marquee.Tips.Sealing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marquee.Tips.Submissions;

/// <summary>
/// Takes a tip as it streams in: one random content key per tip, files sealed to disk chunk by chunk, the message
/// sealed in memory, the key wrapped for every tip editor's public key; then one transaction stores it all. A refusal
/// deletes what was sealed so far and stores nothing. Returns the receipt code, which exists nowhere else.
/// </summary>
public sealed class SubmitTip(MarqueeDbContext db, TipKeys keys, TipFileSealer sealer, TipAudit audit, TimeProvider clock, IOptions<TipsOptions> options)
{
    private const int MaxContactCharacters = 500;

    private const int MaxReceiptCharacters = 64;

    public async Task<string> SubmitAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        var recipients = await keys.RecipientsAsync(cancellationToken);
        if (recipients.Count == 0)
        {
            throw new TipRefusedException(StatusCodes.Status503ServiceUnavailable, "The tip desk is not taking tips here yet: please use one of the channels below.");
        }

        var receipt = ReceiptCodes.New();
        var receiptHash = ReceiptCodes.Hash(receipt);
        var context = ReceiptCodes.Context(receiptHash);
        var contentKey = new byte[ContentKeyWrap.KeySize];
        SecureRandom.Fill(contentKey);
        var files = new List<TipFile>();
        try
        {
            var (text, followedUp) = await ReadAsync(reader, files, contentKey, cancellationToken);
            var tip = new Tip
            {
                ReceiptHash = receiptHash,
                FollowUpOfTipId = await FollowedUpTipAsync(followedUp, cancellationToken),
                State = TipState.New,
                ReceivedAt = clock.GetUtcNow().UtcDateTime,
                DeleteAfter = clock.GetUtcNow().UtcDateTime.AddDays(options.Value.RetentionDays),
                SealedMessage = SealedBox.Seal(JsonSerializer.SerializeToUtf8Bytes(text), contentKey, context),
                FileCount = files.Count,
            };
            await StoreAsync(tip, files, recipients.Select(r => (r.Id, ContentKeyWrap.Wrap(contentKey, r.PublicKey, context))), cancellationToken);
            return receipt;
        }
        catch
        {
            sealer.Delete(files);
            throw;
        }
        finally
        {
            SecureMemory.ZeroMemory(contentKey);
        }
    }

    /// <summary>The tip a receipt code names; a code that names none is refused, so guessing one learns nothing and stores nothing.</summary>
    private async Task<long?> FollowedUpTipAsync(string receipt, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(receipt))
        {
            return null;
        }

        var hash = ReceiptCodes.Hash(receipt);
        return await db.Set<Tip>().Where(t => t.ReceiptHash == hash).Select(t => (long?)t.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new TipRefusedException(StatusCodes.Status404NotFound, "No tip has that receipt code: check it, or leave it empty to send a new tip.");
    }

    private async Task<(TipText Text, string FollowedUp)> ReadAsync(MultipartReader reader, List<TipFile> files, byte[] contentKey, CancellationToken cancellationToken)
    {
        string message = "", contact = "", receipt = "";
        for (var section = await reader.ReadNextSectionAsync(cancellationToken); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            if (disposition.IsFileDisposition())
            {
                files.Add(await SealFileAsync(section, disposition, files.Count, contentKey, cancellationToken));
                continue;
            }

            switch (disposition.Name.Value)
            {
                case "Message":
                    message = await ReadTextAsync(section.Body, options.Value.MaxMessageCharacters, "message", cancellationToken);
                    break;
                case "Contact":
                    contact = await ReadTextAsync(section.Body, MaxContactCharacters, "contact details", cancellationToken);
                    break;
                case "Receipt":
                    receipt = await ReadTextAsync(section.Body, MaxReceiptCharacters, "receipt code", cancellationToken);
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(message) && files.Count == 0)
        {
            throw new TipRefusedException(StatusCodes.Status422UnprocessableEntity, "The tip is empty: write a message or attach a file.");
        }

        return (new TipText(message.Trim(), contact.Trim()), receipt);
    }

    private async Task<TipFile> SealFileAsync(MultipartSection section, ContentDispositionHeaderValue disposition, int alreadySealed, byte[] contentKey, CancellationToken cancellationToken)
    {
        if (alreadySealed == options.Value.MaxFiles)
        {
            throw new TipRefusedException(StatusCodes.Status413PayloadTooLarge, $"A tip may carry at most {options.Value.MaxFiles} files: nothing was sent.");
        }

        var name = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "file");
        return await sealer.SealAsync(section.Body, new SealedFileName(name, section.ContentType ?? "application/octet-stream"), contentKey, cancellationToken);
    }

    /// <summary>A form field read up to its limit and no further: a longer one is refused, not buffered.</summary>
    private static async Task<string> ReadTextAsync(Stream body, int maxCharacters, string what, CancellationToken cancellationToken)
    {
        var limit = (maxCharacters * 4) + 1;
        var buffer = new byte[limit];
        var read = await body.ReadAtLeastAsync(buffer, limit, throwOnEndOfStream: false, cancellationToken);
        var text = read < limit ? Encoding.UTF8.GetString(buffer, 0, read).ReplaceLineEndings("\n") : null;
        Array.Clear(buffer);
        return text is not null && text.Length <= maxCharacters
            ? text
            : throw new TipRefusedException(StatusCodes.Status413PayloadTooLarge, $"The {what} is over {maxCharacters} characters: nothing was sent.");
    }

    private async Task StoreAsync(Tip tip, List<TipFile> files, IEnumerable<(long KeyId, byte[] Wrapped)> wraps, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<Tip>().Add(tip);
        await db.SaveChangesAsync(cancellationToken);
        db.Set<TipKeyWrap>().AddRange(wraps.Select(w => new TipKeyWrap { TipId = tip.Id, TipKeyId = w.KeyId, Wrapped = w.Wrapped }));
        files.ForEach(file => file.TipId = tip.Id);
        db.Set<TipFile>().AddRange(files);
        await audit.RecordAsync(tip.Id, TipActor.Source, "tip received", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
