using System.Security.Cryptography;
using System.Text;
using Marquee.Platform.Work;

namespace Marquee.Tests.Platform;

/// <summary>What /js/work.js does, in C#: count nonces until SHA-256 of "challenge:nonce" starts with enough zero bits.</summary>
public static class Proofs
{
    public static string Solve(WorkChallenge challenge) =>
        Enumerable.Range(0, int.MaxValue).Select(n => $"{challenge.Challenge}:{n}").First(proof => ZeroBits(proof) >= challenge.Bits);

    public static int ZeroBits(string proof)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(proof));
        var bits = 0;
        foreach (var b in hash)
        {
            if (b != 0)
            {
                return bits + System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
            }

            bits += 8;
        }

        return bits;
    }
}
