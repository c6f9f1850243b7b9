namespace Marquee.Tests.Infrastructure;

/// <summary>
/// Tests that need two nodes on one database, each with its own page cache (and Redis, when the run
/// has it): node A is the class fixture, node B starts beside it for each test.
/// </summary>
public abstract class TwoNodeTests(MarqueeServer nodeA) : IClassFixture<MarqueeServer>, IAsyncLifetime
{
    protected MarqueeServer NodeA { get; } = nodeA;

    protected MarqueeServer NodeB { get; private set; } = null!;

    protected IEnumerable<MarqueeServer> BothNodes => [NodeA, NodeB];

    public async ValueTask InitializeAsync()
    {
        NodeB = NodeA.AnotherNode();
        await NodeB.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await NodeB.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected static Task<string> TextAsync(MarqueeServer node, string path) => NodePages.TextAsync(node, path);

    /// <summary>Polls the node's page until it shows <paramref name="text"/>; fails once <paramref name="deadline"/> (UTC) has passed.</summary>
    protected static Task ShowsByAsync(MarqueeServer node, string path, string text, DateTime deadline) => NodePages.ShowsByAsync(node, path, text, deadline);
}
