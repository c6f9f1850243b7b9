using System.Text;
using System.Text.Json;
using Marquee.Storage;
using Marquee.Tips.Keys;
using Marquee.Tips.Sealing;
using Marquee.Tips.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tips.Inbox;

/// <summary>Opens a tip with a tip editor's unlocked private key: their wrap of the tip's content key, then everything sealed under it.</summary>
public sealed class TipReader(MarqueeDbContext db, TipFileSealer sealer)
{
    /// <summary>The tip's content key for this editor, or null when the tip is gone or was not sealed to their key.</summary>
    public async Task<byte[]?> ContentKeyAsync(long tipId, TipKey key, byte[] privateKey, CancellationToken cancellationToken)
    {
        var tip = await db.Set<Tip>().AsNoTracking().Where(t => t.Id == tipId).Select(t => t.ReceiptHash).SingleOrDefaultAsync(cancellationToken);
        var wrap = await db.Set<TipKeyWrap>().AsNoTracking().Where(w => w.TipId == tipId && w.TipKeyId == key.Id).Select(w => w.Wrapped).SingleOrDefaultAsync(cancellationToken);
        return tip is null || wrap is null ? null : ContentKeyWrap.Unwrap(wrap, privateKey, ReceiptCodes.Context(tip));
    }

    public async Task<OpenedTip> OpenAsync(long tipId, byte[] contentKey, CancellationToken cancellationToken)
    {
        var tip = await db.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId, cancellationToken);
        var context = ReceiptCodes.Context(tip.ReceiptHash);
        var text = JsonSerializer.Deserialize<TipText>(SealedBox.Open(tip.SealedMessage, contentKey, context))!;
        var files = new List<OpenedFile>();
        foreach (var file in await db.Set<TipFile>().AsNoTracking().Where(f => f.TipId == tipId).OrderBy(f => f.Id).ToListAsync(cancellationToken))
        {
            files.Add(new OpenedFile(file.Id, await DescribeAsync(file, contentKey, cancellationToken), file.SealedBytes, await MetadataOfAsync(file, contentKey, cancellationToken)));
        }

        var notes = await db.Set<TipNote>().AsNoTracking().Where(n => n.TipId == tipId).OrderBy(n => n.WrittenAt).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        return new OpenedTip(tip, text, files, [.. notes.Select(n => new OpenedNote(n.WrittenAt, n.StaffUserId, Encoding.UTF8.GetString(SealedBox.Open(n.SealedText, contentKey, context))))]);
    }

    /// <summary>A file's plaintext, chunk by chunk after its description, for streaming to the tip editor.</summary>
    public async IAsyncEnumerable<byte[]> ContentOfAsync(TipFile file, byte[] contentKey, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(sealer.PathOf(file.StoredName));
        await foreach (var chunk in SealedStream.OpenAsync(input, contentKey, cancellationToken).Skip(1).WithCancellation(cancellationToken))
        {
            yield return chunk;
        }
    }

    /// <summary>Opened in memory only (the file is capped by Marquee:Tips:MaxFileMegabytes): plaintext never touches the disk.</summary>
    private async Task<FileMetadata> MetadataOfAsync(TipFile file, byte[] contentKey, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        await foreach (var chunk in ContentOfAsync(file, contentKey, cancellationToken))
        {
            content.Write(chunk);
        }

        var bytes = content.ToArray();
        try
        {
            return AttachmentMetadata.Read(bytes);
        }
        finally
        {
            Geralt.SecureMemory.ZeroMemory(bytes);
            Geralt.SecureMemory.ZeroMemory(content.GetBuffer());
        }
    }

    private async Task<SealedFileName> DescribeAsync(TipFile file, byte[] contentKey, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(sealer.PathOf(file.StoredName));
        await foreach (var first in SealedStream.OpenAsync(input, contentKey, cancellationToken))
        {
            return JsonSerializer.Deserialize<SealedFileName>(first)!;
        }

        throw new InvalidDataException($"sealed file {file.StoredName} is empty");
    }
}
