using System.Net.Sockets;

namespace Marquee.Tests.Infrastructure;

/// <summary>A 127.0.0.1 port nothing listens on right now, for a server a test starts.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
