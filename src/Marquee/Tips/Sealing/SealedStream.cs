using System.Buffers.Binary;
using Geralt;

namespace Marquee.Tips.Sealing;

/// <summary>
/// A file sealed as it streams, with libsodium's secretstream (XChaCha20-Poly1305, one key per tip, a random header per
/// file): each chunk is written as its length and its ciphertext, the last one marked final, so a truncated, reordered
/// or spliced file fails to open. Plaintext is only ever one chunk in memory.
/// </summary>
public sealed class SealedStream : IDisposable
{
    public const int ChunkSize = 64 * 1024;

    /// <summary>Room for the first chunk, the file's own name and type.</summary>
    private const int DescriptionAllowance = 4096;

    private readonly IncrementalXChaCha20Poly1305 _cipher;
    private readonly Stream _output;
    private readonly byte[] _sealed = new byte[ChunkSize + IncrementalXChaCha20Poly1305.TagSize];

    public SealedStream(Stream output, ReadOnlySpan<byte> contentKey)
    {
        _output = output;
        var header = new byte[IncrementalXChaCha20Poly1305.HeaderSize];
        _cipher = new IncrementalXChaCha20Poly1305(header, contentKey, encryption: true);
        _output.Write(header);
    }

    public long Written => _output.Position;

    public Task WriteChunkAsync(ReadOnlyMemory<byte> plaintext, CancellationToken cancellationToken) =>
        WriteAsync(plaintext, IncrementalXChaCha20Poly1305.ChunkFlag.Message, cancellationToken);

    public Task FinishAsync(CancellationToken cancellationToken) =>
        WriteAsync(ReadOnlyMemory<byte>.Empty, IncrementalXChaCha20Poly1305.ChunkFlag.Final, cancellationToken);

    /// <summary>Reads a sealed file chunk by chunk; throws on any change to it, or if it was cut short.</summary>
    public static async IAsyncEnumerable<byte[]> OpenAsync(Stream input, byte[] contentKey, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var header = new byte[IncrementalXChaCha20Poly1305.HeaderSize];
        await input.ReadExactlyAsync(header, cancellationToken);
        using var cipher = new IncrementalXChaCha20Poly1305(header, contentKey, encryption: false);
        var length = new byte[4];
        while (true)
        {
            await input.ReadExactlyAsync(length, cancellationToken);
            var ciphertext = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
            await input.ReadExactlyAsync(ciphertext, cancellationToken);
            var plaintext = new byte[ciphertext.Length - IncrementalXChaCha20Poly1305.TagSize];
            var flag = cipher.DecryptChunk(plaintext, ciphertext, default);
            yield return plaintext;
            if (flag == IncrementalXChaCha20Poly1305.ChunkFlag.Final)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Copies a file sealed elsewhere (the source's browser) checking only its framing: the header, then chunks of a
    /// length this format writes, ending between two chunks. False once it passes <paramref name="maxBytes"/>; throws
    /// <see cref="InvalidDataException"/> on anything that is not such a file. Only the key could tell more.
    /// </summary>
    public static async Task<bool> CopyFramedAsync(Stream input, Stream output, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkSize + IncrementalXChaCha20Poly1305.TagSize];
        await ReadFrameAsync(input, buffer.AsMemory(0, IncrementalXChaCha20Poly1305.HeaderSize), cancellationToken);
        await output.WriteAsync(buffer.AsMemory(0, IncrementalXChaCha20Poly1305.HeaderSize), cancellationToken);
        var length = new byte[4];
        for (var chunks = 0; ; chunks++)
        {
            var read = await input.ReadAtLeastAsync(length, length.Length, throwOnEndOfStream: false, cancellationToken);
            if (read == 0 && chunks >= 2)
            {
                return true;
            }

            var size = read == length.Length ? BinaryPrimitives.ReadInt32LittleEndian(length) : -1;
            if (size < IncrementalXChaCha20Poly1305.TagSize || size > buffer.Length)
            {
                throw new InvalidDataException("a sealed file's chunk has no valid length");
            }

            if (output.Position + length.Length + size > maxBytes)
            {
                return false;
            }

            await ReadFrameAsync(input, buffer.AsMemory(0, size), cancellationToken);
            await output.WriteAsync(length, cancellationToken);
            await output.WriteAsync(buffer.AsMemory(0, size), cancellationToken);
        }
    }

    /// <summary>The most a file of <paramref name="plaintextBytes"/> seals to: header, its description and each chunk's length and tag.</summary>
    public static long MaxSealedBytes(long plaintextBytes) =>
        IncrementalXChaCha20Poly1305.HeaderSize + DescriptionAllowance + (((plaintextBytes / ChunkSize) + 3) * (4 + IncrementalXChaCha20Poly1305.TagSize)) + plaintextBytes;

    private static async Task ReadFrameAsync(Stream input, Memory<byte> frame, CancellationToken cancellationToken)
    {
        if (await input.ReadAtLeastAsync(frame, frame.Length, throwOnEndOfStream: false, cancellationToken) < frame.Length)
        {
            throw new InvalidDataException("a sealed file is cut short");
        }
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> plaintext, IncrementalXChaCha20Poly1305.ChunkFlag flag, CancellationToken cancellationToken)
    {
        var length = plaintext.Length + IncrementalXChaCha20Poly1305.TagSize;
        _cipher.EncryptChunk(_sealed.AsSpan(0, length), plaintext.Span, flag);
        var prefix = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(prefix, length);
        await _output.WriteAsync(prefix, cancellationToken);
        await _output.WriteAsync(_sealed.AsMemory(0, length), cancellationToken);
    }

    public void Dispose() => _cipher.Dispose();
}
