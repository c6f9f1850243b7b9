using Geralt;

namespace Marquee.Tips.Sealing;

/// <summary>A short text (a tip's message, a note) sealed with XChaCha20-Poly1305 under a tip's content key: a random nonce, then the ciphertext.</summary>
public static class SealedBox
{
    /// <summary>What sealing adds to a text: the nonce and the tag.</summary>
    public const int Overhead = XChaCha20Poly1305.NonceSize + XChaCha20Poly1305.TagSize;

    public static byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> contentKey, ReadOnlySpan<byte> context)
    {
        var sealedBytes = new byte[XChaCha20Poly1305.NonceSize + plaintext.Length + XChaCha20Poly1305.TagSize];
        var nonce = sealedBytes.AsSpan(0, XChaCha20Poly1305.NonceSize);
        SecureRandom.Fill(nonce);
        XChaCha20Poly1305.Encrypt(sealedBytes.AsSpan(XChaCha20Poly1305.NonceSize), plaintext, nonce, contentKey, context);
        return sealedBytes;
    }

    public static byte[] Open(ReadOnlySpan<byte> sealedBytes, ReadOnlySpan<byte> contentKey, ReadOnlySpan<byte> context)
    {
        var plaintext = new byte[sealedBytes.Length - XChaCha20Poly1305.NonceSize - XChaCha20Poly1305.TagSize];
        XChaCha20Poly1305.Decrypt(plaintext, sealedBytes[XChaCha20Poly1305.NonceSize..], sealedBytes[..XChaCha20Poly1305.NonceSize], contentKey, context);
        return plaintext;
    }
}
