using System.Text.Json;
using Geralt;
using Marquee.Tips.Sealing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marquee.Tips.Submissions;

/// <summary>
/// Takes a tip as it streams in: one random content key per tip, files sealed to disk chunk by chunk, the message
/// sealed in memory, the key wrapped for every tip editor's public key; then one transaction stores it all. A refusal
/// deletes what was sealed so far and stores nothing. Returns the receipt code, which exists nowhere else. With JavaScript
/// the browser seals instead, to the same format (<see cref="ReceiveSealedTip"/>).
/// </summary>
public sealed class SubmitTip(TipArrivals arrivals, TipFileSealer sealer, IOptions<TipsOptions> options)
{
    public async Task<string> SubmitAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        var recipients = await arrivals.RecipientsAsync(cancellationToken);
        var receipt = ReceiptCodes.New();
        var receiptHash = ReceiptCodes.Hash(receipt);
        var context = ReceiptCodes.Context(receiptHash);
        var contentKey = new byte[ContentKeyWrap.KeySize];
        SecureRandom.Fill(contentKey);
        var files = new List<TipFile>();
        try
        {
            var (text, followedUp) = await ReadAsync(reader, files, contentKey, cancellationToken);
            var sealedMessage = SealedBox.Seal(JsonSerializer.SerializeToUtf8Bytes(text), contentKey, context);
            var tip = arrivals.NewTip(receiptHash, await arrivals.FollowedUpTipAsync(followedUp, cancellationToken), sealedMessage, files.Count);
            await arrivals.StoreAsync(tip, files, recipients.Select(r => (r.Id, ContentKeyWrap.Wrap(contentKey, r.PublicKey, context))), "tip received", cancellationToken);
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
                    message = await TipFormFields.ReadTextAsync(section.Body, options.Value.MaxMessageCharacters, "message", cancellationToken);
                    break;
                case "Contact":
                    contact = await TipFormFields.ReadTextAsync(section.Body, TipFormFields.MaxContactCharacters, "contact details", cancellationToken);
                    break;
                case "Receipt":
                    receipt = await TipFormFields.ReadTextAsync(section.Body, TipFormFields.MaxReceiptCharacters, "receipt code", cancellationToken);
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
}
