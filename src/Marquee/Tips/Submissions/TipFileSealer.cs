using System.Text.Json;
using Marquee.Platform;
using Marquee.Tips.Sealing;
using Microsoft.Extensions.Options;

namespace Marquee.Tips.Submissions;

/// <summary>
/// Seals an uploaded file into the data folder as it arrives, 64 KiB at a time: its name and type go inside the seal,
/// the folder holds only a random name, and a file over the limit is deleted as soon as it passes it.
/// </summary>
public sealed class TipFileSealer(IOptions<MarqueeOptions> platform, IOptions<TipsOptions> options)
{
    public string Folder => Path.Combine(platform.Value.FullDataPath, "tips");

    public Task<TipFile> SealAsync(Stream upload, SealedFileName described, byte[] contentKey, CancellationToken cancellationToken) =>
        WriteNewAsync(async output =>
        {
            using var sealer = new SealedStream(output, contentKey);
            await sealer.WriteChunkAsync(JsonSerializer.SerializeToUtf8Bytes(described), cancellationToken);
            await CopyAsync(upload, sealer, described.Name, cancellationToken);
            await sealer.FinishAsync(cancellationToken);
        });

    /// <summary>A file the source's browser sealed (decision 0077), stored as it came once its framing and size pass.</summary>
    public Task<TipFile> SaveSealedAsync(Stream upload, CancellationToken cancellationToken) =>
        WriteNewAsync(async output =>
        {
            bool withinLimit;
            try
            {
                withinLimit = await SealedStream.CopyFramedAsync(upload, output, SealedStream.MaxSealedBytes(options.Value.MaxFileBytes), cancellationToken);
            }
            catch (InvalidDataException)
            {
                throw new TipRefusedException(StatusCodes.Status422UnprocessableEntity, "A sealed file arrived damaged: nothing was sent. Reload the page and send the tip again.");
            }

            if (!withinLimit)
            {
                throw new TipRefusedException(StatusCodes.Status413PayloadTooLarge, $"A file is over {options.Value.MaxFileMegabytes} MB: nothing was sent. Make it smaller or use a stronger channel below.");
            }
        });

    public string PathOf(string storedName) => Path.Combine(Folder, storedName);

    /// <summary>A new file under a random name, deleted again if <paramref name="write"/> fails.</summary>
    private async Task<TipFile> WriteNewAsync(Func<FileStream, Task> write)
    {
        Directory.CreateDirectory(Folder);
        var storedName = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        var path = PathOf(storedName);
        try
        {
            await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await write(output);
            return new TipFile { StoredName = storedName, SealedBytes = output.Position };
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public void Delete(IEnumerable<TipFile> files)
    {
        foreach (var file in files)
        {
            File.Delete(PathOf(file.StoredName));
        }
    }

    private async Task CopyAsync(Stream upload, SealedStream sealer, string name, CancellationToken cancellationToken)
    {
        var buffer = new byte[SealedStream.ChunkSize];
        long total = 0;
        int read;
        while ((read = await upload.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken)) > 0)
        {
            total += read;
            if (total > options.Value.MaxFileBytes)
            {
                throw new TipRefusedException(StatusCodes.Status413PayloadTooLarge, $"The file '{name}' is over {options.Value.MaxFileMegabytes} MB: nothing was sent. Make it smaller or use a stronger channel below.");
            }

            await sealer.WriteChunkAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        Array.Clear(buffer);
    }
}
