using System.Text.RegularExpressions;
using Marquee.Storage;
using Marquee.Tips.Keys;
using Marquee.Tips.Sealing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marquee.Tips.Submissions;

/// <summary>
/// Takes a tip the source's browser sealed (decision 0077), in the format <see cref="SubmitTip"/> writes: the server
/// never holds its content key or any plaintext, only checks the shape of what arrives (a receipt hash, a sealed message
/// of bounded size, one wrap for each tip editor's key, framed sealed files under the limits) and stores it as it is.
/// </summary>
public sealed partial class ReceiveSealedTip(MarqueeDbContext db, TipArrivals arrivals, TipFileSealer sealer, IOptions<TipsOptions> options)
{
    private const string Damaged = "The sealed tip arrived damaged: nothing was sent. Reload the page and send it again.";

    public async Task ReceiveAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        var recipients = await arrivals.RecipientsAsync(cancellationToken);
        var files = new List<TipFile>();
        try
        {
            var parts = await ReadAsync(reader, files, cancellationToken);
            var wraps = WrapsFor(recipients, parts.Wraps);
            if (await db.Set<Tip>().AnyAsync(t => t.ReceiptHash == parts.ReceiptHash, cancellationToken))
            {
                throw new TipRefusedException(StatusCodes.Status409Conflict, "That receipt code is already taken: reload the page and send the tip again.");
            }

            var tip = arrivals.NewTip(parts.ReceiptHash, await arrivals.FollowedUpTipAsync(parts.FollowedUp, cancellationToken), parts.SealedMessage, files.Count);
            await arrivals.StoreAsync(tip, files, wraps, "tip received, sealed in the source's browser", cancellationToken);
        }
        catch
        {
            sealer.Delete(files);
            throw;
        }
    }

    private async Task<SealedParts> ReadAsync(MultipartReader reader, List<TipFile> files, CancellationToken cancellationToken)
    {
        var parts = new SealedParts();
        for (var section = await reader.ReadNextSectionAsync(cancellationToken); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            switch (disposition.Name.Value)
            {
                case "SealedFile":
                    files.Add(await SaveFileAsync(section.Body, files.Count, cancellationToken));
                    break;
                case "SealedMessage":
                    parts.SealedMessage = await TipFormFields.ReadBytesAsync(section.Body, MaxSealedMessageBytes, "message", cancellationToken);
                    break;
                case "ReceiptHash":
                    parts.ReceiptHash = await TipFormFields.ReadTextAsync(section.Body, 64, "receipt", cancellationToken);
                    break;
                case "Receipt":
                    parts.FollowedUp = await TipFormFields.ReadTextAsync(section.Body, TipFormFields.MaxReceiptCharacters, "receipt code", cancellationToken);
                    break;
                case "Wrap":
                    parts.Wraps.Add(await TipFormFields.ReadTextAsync(section.Body, 200, "key wrap", cancellationToken));
                    break;
            }
        }

        return ReceiptHashShape().IsMatch(parts.ReceiptHash) && parts.SealedMessage.Length >= SealedBox.Overhead
            ? parts
            : throw new TipRefusedException(StatusCodes.Status422UnprocessableEntity, Damaged);
    }

    /// <summary>Exactly one wrap of the content key for each tip editor's key, each of a wrap's size.</summary>
    private static List<(long KeyId, byte[] Wrapped)> WrapsFor(List<TipKey> recipients, List<string> sent)
    {
        var wraps = new List<(long KeyId, byte[] Wrapped)>();
        foreach (var wrap in sent)
        {
            var parts = wrap.Split(':');
            if (parts.Length != 2 || !long.TryParse(parts[0], out var keyId) || !TryBase64(parts[1], out var wrapped) || wrapped.Length != ContentKeyWrap.WrappedSize)
            {
                throw new TipRefusedException(StatusCodes.Status422UnprocessableEntity, Damaged);
            }

            wraps.Add((keyId, wrapped));
        }

        return wraps.Select(w => w.KeyId).Order().SequenceEqual(recipients.Select(r => r.Id).Order())
            ? wraps
            : throw new TipRefusedException(StatusCodes.Status409Conflict, "The tip desk's keys changed while you wrote: nothing was sent. Send the tip again and it will be sealed to the current keys.");
    }

    private async Task<TipFile> SaveFileAsync(Stream body, int alreadySaved, CancellationToken cancellationToken) =>
        alreadySaved == options.Value.MaxFiles
            ? throw new TipRefusedException(StatusCodes.Status413PayloadTooLarge, $"A tip may carry at most {options.Value.MaxFiles} files: nothing was sent.")
            : await sealer.SaveSealedAsync(body, cancellationToken);

    /// <summary>The message and contact at their longest, as JSON that escapes every character (6 bytes each), sealed.</summary>
    private int MaxSealedMessageBytes => ((options.Value.MaxMessageCharacters + TipFormFields.MaxContactCharacters) * 6) + 64 + SealedBox.Overhead;

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        var ok = Convert.TryFromBase64String(text, bytes, out var written);
        bytes = bytes[..(ok ? written : 0)];
        return ok;
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ReceiptHashShape();

    private sealed class SealedParts
    {
        public string ReceiptHash { get; set; } = "";

        public string FollowedUp { get; set; } = "";

        public byte[] SealedMessage { get; set; } = [];

        public List<string> Wraps { get; } = [];
    }
}
