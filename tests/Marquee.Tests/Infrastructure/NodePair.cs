namespace Marquee.Tests.Infrastructure;

/// <summary>Two nodes on one database, configured alike by the test, started and stopped together.</summary>
public sealed class NodePair : IAsyncDisposable
{
    private NodePair(MarqueeServer a, MarqueeServer b) => (A, B) = (a, b);

    public MarqueeServer A { get; }

    public MarqueeServer B { get; }

    public IEnumerable<MarqueeServer> Both => [A, B];

    public static async Task<NodePair> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var a = new MarqueeServer();
        foreach (var (key, value) in settings)
        {
            a.Settings[key] = value;
        }

        await a.InitializeAsync();
        var b = a.AnotherNode();
        await b.InitializeAsync();
        return new NodePair(a, b);
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}
