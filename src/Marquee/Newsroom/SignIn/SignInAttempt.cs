using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Marquee.Newsroom.SignIn;

/// <summary>Who tried to sign in as whom, as <see cref="SignInFailures"/> counts it: a hash of the address, and the client's network.</summary>
public sealed record SignInAttempt(string Account, string Client)
{
    /// <summary>IPv6 clients count by /64: one home or server holds a whole /64 and could otherwise try from each address in it.</summary>
    private const int Ipv6NetworkBytes = 8;

    public static SignInAttempt Of(string? email, IPAddress? client) => new(AccountOf(email ?? ""), ClientOf(client));

    public static string AccountOf(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));

    private static string ClientOf(IPAddress? client)
    {
        if (client is null)
        {
            return "unknown";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client.ToString();
        }

        var network = new byte[16];
        client.GetAddressBytes().AsSpan(0, Ipv6NetworkBytes).CopyTo(network);
        return $"{new IPAddress(network)}/64";
    }
}
