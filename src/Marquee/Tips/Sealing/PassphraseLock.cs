using Geralt;

namespace Marquee.Tips.Sealing;

/// <summary>
/// A private key locked under a key that Argon2id derives from a passphrase only its holder knows (decision 0066):
/// the server stores the locked form, never the key or anything that opens it without the passphrase.
/// </summary>
public static class PassphraseLock
{
    public const int SaltSize = Argon2id.SaltSize;

    /// <summary>The key sealed under the passphrase's key, bound to its public key as associated data.</summary>
    public static byte[] Lock(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> publicKey, string passphrase, ReadOnlySpan<byte> salt, PassphraseCost cost)
    {
        Span<byte> lockKey = stackalloc byte[XChaCha20Poly1305.KeySize];
        Derive(lockKey, passphrase, salt, cost);
        var locked = SealedBox.Seal(privateKey, lockKey, publicKey);
        SecureMemory.ZeroMemory(lockKey);
        return locked;
    }

    /// <summary>The private key, or null when the passphrase is wrong (or the row was tampered with).</summary>
    public static byte[]? Unlock(ReadOnlySpan<byte> locked, ReadOnlySpan<byte> publicKey, string passphrase, ReadOnlySpan<byte> salt, PassphraseCost cost)
    {
        Span<byte> lockKey = stackalloc byte[XChaCha20Poly1305.KeySize];
        Derive(lockKey, passphrase, salt, cost);
        try
        {
            return SealedBox.Open(locked, lockKey, publicKey);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        finally
        {
            SecureMemory.ZeroMemory(lockKey);
        }
    }

    private static void Derive(Span<byte> lockKey, string passphrase, ReadOnlySpan<byte> salt, PassphraseCost cost)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(passphrase);
        try
        {
            Argon2id.DeriveKey(lockKey, bytes, salt, cost.Iterations, cost.MemoryKiB * 1024);
        }
        finally
        {
            SecureMemory.ZeroMemory(bytes);
        }
    }
}
