using Marquee.Platform.Http;

namespace Marquee.Tests.Http;

/// <summary>Per-client limits count an IPv6 client by its /64, which one subscriber holds whole; IPv4 by its address.</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::")]
    public void A_client_is_its_ipv4_address_or_its_ipv6_network(string address, string client)
    {
        Assert.Equal(IPAddress.Parse(client), ClientAddress.Of(IPAddress.Parse(address)));
    }
}
