using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Marquee.Newsletters.Subscriptions;

/// <summary>Random tokens for mailed links (32 bytes, URL-safe) and the hashes kept of those that must not be readable from the table.</summary>
public static class SubscriptionTokens
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
