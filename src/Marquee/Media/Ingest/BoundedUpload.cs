using System.Security.Cryptography;

namespace Marquee.Media.Ingest;

/// <summary>
/// An upload copied to a private temporary file while it is read, hashing as it goes and stopping at
/// the byte limit: never more than the limit is read, and nothing is held in memory.
/// </summary>
public sealed class BoundedUpload : IAsyncDisposable
{
    private BoundedUpload(string path, long length, string contentHash)
    {
        Path = path;
        Length = length;
        ContentHash = contentHash;
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public string ContentHash { get; }

    public static async Task<BoundedUpload> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"marquee-upload-{Guid.NewGuid():n}");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, maxBytes + 1 - length)), cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        throw new UploadRefusedException($"is larger than the limit of {maxBytes / (1024 * 1024)} MB (Marquee:Media:MaxUploadMegabytes)");
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            return length == 0
                ? throw new UploadRefusedException("is empty (0 bytes)")
                : new BoundedUpload(path, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public async Task<byte[]> HeadAsync(CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(Path);
        var head = new byte[Math.Min(ImageSniffer.BytesNeeded, Length)];
        await file.ReadExactlyAsync(head, cancellationToken);
        return head;
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
