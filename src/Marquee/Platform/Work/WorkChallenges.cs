using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Marquee.Platform.Work;

/// <summary>
/// Stateless proof-of-work challenges (decision 0076): a challenge is its purpose, a random id, its difficulty and its
/// expiry, sealed and signed by Data Protection (HMAC-SHA256 over AES-256-CBC), so any node sharing the key ring checks
/// it and nothing is stored until it is spent; a spent one is remembered in this node's memory until it expires.
/// </summary>
public sealed class WorkChallenges(IDataProtectionProvider protection, SpentChallenges spent, TimeProvider clock, IOptions<WorkOptions> options)
{
    /// <summary>The request header a script sends its proof in: "{challenge}:{nonce}".</summary>
    public const string Header = "Marquee-Work";

    private const int IdSize = 16;

    private const int MaxNonceLength = 20;

    private readonly IDataProtector _protector = protection.CreateProtector("Marquee.Platform.Work");

    public WorkChallenge Issue(string purpose)
    {
        var payload = new byte[IdSize + sizeof(long) + 1];
        RandomNumberGenerator.Fill(payload.AsSpan(0, IdSize));
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(IdSize), (clock.GetUtcNow() + options.Value.Lifetime).ToUnixTimeSeconds());
        payload[^1] = (byte)options.Value.Bits;
        return new WorkChallenge(WebEncoders.Base64UrlEncode(ForPurpose(purpose).Protect(payload)), options.Value.Bits);
    }

    /// <summary>True once for a proof of a challenge issued for <paramref name="purpose"/>, unexpired and solved; false for anything else.</summary>
    public bool Accepts(string purpose, string? proof)
    {
        var separator = proof?.LastIndexOf(':') ?? -1;
        if (proof is null || separator < 1 || proof.Length - separator - 1 is < 1 or > MaxNonceLength)
        {
            return false;
        }

        var payload = Open(purpose, proof[..separator]);
        if (payload is null || payload.Length != IdSize + sizeof(long) + 1)
        {
            return false;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64LittleEndian(payload.AsSpan(IdSize)));
        return expires > clock.GetUtcNow()
            && LeadingZeroBits(SHA256.HashData(Encoding.ASCII.GetBytes(proof))) >= payload[^1]
            && spent.Spend(Convert.ToHexString(payload, 0, IdSize), expires);
    }

    private byte[]? Open(string purpose, string challenge)
    {
        try
        {
            return ForPurpose(purpose).Unprotect(WebEncoders.Base64UrlDecode(challenge));
        }
        catch (Exception error) when (error is CryptographicException or FormatException)
        {
            return null;
        }
    }

    private IDataProtector ForPurpose(string purpose) => _protector.CreateProtector(purpose);

    private static int LeadingZeroBits(ReadOnlySpan<byte> hash)
    {
        var bits = 0;
        foreach (var b in hash)
        {
            if (b != 0)
            {
                return bits + BitOperations.LeadingZeroCount((uint)b) - 24;
            }

            bits += 8;
        }

        return bits;
    }
}
