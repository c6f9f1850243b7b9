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

    protected static async Task<string> TextAsync(MarqueeServer node, string path) => (await HtmlPage.GetAsync(node.Client, path)).Body!.TextContent;

    /// <summary>Polls the node's page until it shows <paramref name="text"/>; fails once <paramref name="deadline"/> (UTC) has passed.</summary>
    protected static async Task ShowsByAsync(MarqueeServer node, string path, string text, DateTime deadline)
    {
        while (!(await TextAsync(node, path)).Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{node.BaseAddress}{path.TrimStart('/')} still lacks '{text}' {(DateTime.UtcNow - deadline).TotalMilliseconds:F0} ms after the deadline");
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
