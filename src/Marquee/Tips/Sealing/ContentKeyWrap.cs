using Geralt;

namespace Marquee.Tips.Sealing;

/// <summary>
/// A tip's random content key sealed to one recipient's X25519 public key, as libsodium's sealed box does it: a fresh
/// ephemeral key pair per wrap, a shared key hashed with both public keys, XChaCha20-Poly1305 over the content key.
/// Only the recipient's private key opens it; the sender (the server) forgets the ephemeral private key at once.
/// </summary>
public static class ContentKeyWrap
{
    public const int KeySize = XChaCha20Poly1305.KeySize;

    public const int WrappedSize = X25519.PublicKeySize + XChaCha20Poly1305.NonceSize + KeySize + XChaCha20Poly1305.TagSize;

    /// <summary>The ephemeral public key, the nonce, then the sealed content key; <paramref name="context"/> binds it to its tip.</summary>
    public static byte[] Wrap(ReadOnlySpan<byte> contentKey, ReadOnlySpan<byte> recipientPublicKey, ReadOnlySpan<byte> context)
    {
        var wrapped = new byte[WrappedSize];
        var ephemeralPublic = wrapped.AsSpan(0, X25519.PublicKeySize);
        var nonce = wrapped.AsSpan(X25519.PublicKeySize, XChaCha20Poly1305.NonceSize);
        Span<byte> ephemeralPrivate = stackalloc byte[X25519.PrivateKeySize];
        Span<byte> sharedKey = stackalloc byte[X25519.SharedKeySize];
        X25519.GenerateKeyPair(ephemeralPublic, ephemeralPrivate);
        X25519.DeriveSenderSharedKey(sharedKey, ephemeralPrivate, recipientPublicKey, default, default);
        SecureMemory.ZeroMemory(ephemeralPrivate);
        SecureRandom.Fill(nonce);
        XChaCha20Poly1305.Encrypt(wrapped.AsSpan(X25519.PublicKeySize + XChaCha20Poly1305.NonceSize), contentKey, nonce, sharedKey, context);
        SecureMemory.ZeroMemory(sharedKey);
        return wrapped;
    }

    /// <summary>The content key, or null when this wrap is not for that private key (or was altered).</summary>
    public static byte[]? Unwrap(ReadOnlySpan<byte> wrapped, ReadOnlySpan<byte> recipientPrivateKey, ReadOnlySpan<byte> context)
    {
        if (wrapped.Length != WrappedSize)
        {
            return null;
        }

        Span<byte> sharedKey = stackalloc byte[X25519.SharedKeySize];
        X25519.DeriveRecipientSharedKey(sharedKey, recipientPrivateKey, wrapped[..X25519.PublicKeySize], default, default);
        var contentKey = new byte[KeySize];
        try
        {
            XChaCha20Poly1305.Decrypt(contentKey, wrapped[(X25519.PublicKeySize + XChaCha20Poly1305.NonceSize)..], wrapped.Slice(X25519.PublicKeySize, XChaCha20Poly1305.NonceSize), sharedKey, context);
            return contentKey;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        finally
        {
            SecureMemory.ZeroMemory(sharedKey);
        }
    }
}
