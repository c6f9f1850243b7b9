using System.Net.Sockets;
using System.Text;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// One HTTP/1.1 request written byte for byte on a socket, as a hostile client sends it: any method, a target
/// that HttpClient would normalise (double slashes, percent-encoded junk), any header; optionally from another
/// loopback address (127.0.0.2 …), which the server sees as another client.
/// </summary>
public static class RawHttp
{
    public sealed record Answer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }

    public static async Task<Answer> SendAsync(Uri server, string method, string target, IEnumerable<string>? headers = null, IPAddress? from = null)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        if (from is not null)
        {
            socket.Bind(new IPEndPoint(from, 0));
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        await socket.ConnectAsync(IPAddress.Loopback, server.Port, cancellationToken);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var request = new StringBuilder($"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n");
        foreach (var header in headers ?? [])
        {
            request.Append(header).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.Latin1.GetBytes(request.Append("\r\n").ToString()), cancellationToken);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var answer = await reader.ReadToEndAsync(cancellationToken);
        var head = answer.Split("\r\n\r\n", 2);
        var lines = head[0].Split("\r\n");
        return new Answer(
            int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture),
            lines.Skip(1).Select(line => line.Split(": ", 2)).GroupBy(pair => pair[0], StringComparer.OrdinalIgnoreCase)
                .ToDictionary(group => group.Key, group => string.Join(", ", group.Select(pair => pair[1])), StringComparer.OrdinalIgnoreCase),
            head.Length > 1 ? head[1] : "");
    }
}
