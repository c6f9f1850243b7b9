using System.Net;
using System.Net.Sockets;

namespace Marquee.Platform.Http;

/// <summary>Who a per-client limit counts: the IPv4 address, or the IPv6 /64 (one subscriber's network holds a whole /64, so a single address would be free for the asking).</summary>
public static class ClientAddress
{
    public static IPAddress Of(IPAddress? address)
    {
        if (address is null)
        {
            return IPAddress.None;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        var network = address.GetAddressBytes();
        network.AsSpan(8).Clear();
        return new IPAddress(network);
    }

    /// <summary>The same as text for a key or a row: the IPv4 address, the IPv6 network as `prefix/64`, or `unknown`.</summary>
    public static string KeyOf(IPAddress? address) => Of(address) switch
    {
        { AddressFamily: AddressFamily.InterNetworkV6 } network => $"{network}/64",
        var client when client.Equals(IPAddress.None) => "unknown",
        var client => client.ToString(),
    };
}
