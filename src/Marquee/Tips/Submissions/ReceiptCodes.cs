using System.Text;
using Geralt;

namespace Marquee.Tips.Submissions;

/// <summary>
/// The code a source gets once for a follow-up: 100 random bits in groups a person can copy. Only its BLAKE2b hash is
/// stored, so the database cannot hand it back, and a guessed code finds nothing in any time an attacker has.
/// </summary>
public static class ReceiptCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";

    public static string New()
    {
        var chars = new char[20];
        SecureRandom.GenerateString(chars, Alphabet);
        return string.Join('-', Enumerable.Range(0, 5).Select(group => new string(chars, group * 4, 4)));
    }

    /// <summary>What every seal of a tip is bound to (associated data), so no wrap, message or note moves to another tip.</summary>
    public static byte[] Context(string receiptHash) => Encoding.ASCII.GetBytes(receiptHash);

    /// <summary>The hash a code is stored under, in hex; a typed code is read without case, spaces or dashes.</summary>
    public static string Hash(string code)
    {
        var canonical = new string([.. code.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        var hash = new byte[BLAKE2b.HashSize];
        BLAKE2b.ComputeHash(hash, Encoding.ASCII.GetBytes(canonical));
        return Convert.ToHexString(hash).ToLowerInvariant();
    }
}
