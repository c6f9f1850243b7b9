using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Marquee.Tests.Infrastructure;

/// <summary>A Redis server of a test's own (Debian's redis-server, no persistence) on a free 127.0.0.1 port, stopped on dispose.</summary>
public sealed class RedisProcess : IDisposable
{
    private readonly Process _process;

    public RedisProcess()
    {
        var port = FreePorts.Next();
        _process = Process.Start(new ProcessStartInfo("redis-server", ["--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        _process.BeginOutputReadLine();
        Address = $"127.0.0.1:{port}";
        WaitUntilListening(port);
    }

    /// <summary>The value for Marquee:Redis.</summary>
    public string Address { get; }

    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }

    private static void WaitUntilListening(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }
}
