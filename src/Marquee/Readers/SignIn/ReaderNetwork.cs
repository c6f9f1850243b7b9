using System.Net;
using Marquee.Platform.Http;

namespace Marquee.Readers.SignIn;

/// <summary>
/// The network a request for a code counts against: an IPv4 /24 or an IPv6 /48, wider than one client
/// (<see cref="ClientAddress"/>), so a flood from a rented block of addresses still meets one limit.
/// </summary>
public static class ReaderNetwork
{
    public static string KeyOf(IPAddress? address)
    {
        var bytes = ClientAddress.Of(address).GetAddressBytes();
        var prefix = bytes.Length == 16 ? 48 : 24;
        bytes.AsSpan(prefix / 8).Clear();
        return $"{new IPAddress(bytes)}/{prefix}";
    }
}
