namespace Marquee.Tests.Infrastructure;

/// <summary>What a node's public pages say, for tests of how soon a change reaches a node.</summary>
public static class NodePages
{
    public static async Task<string> TextAsync(MarqueeServer node, string path) => (await HtmlPage.GetAsync(node.Client, path)).Body!.TextContent;

    /// <summary>Polls the node's page until it shows <paramref name="text"/>; fails once <paramref name="deadline"/> (UTC) has passed.</summary>
    public static async Task ShowsByAsync(MarqueeServer node, string path, string text, DateTime deadline)
    {
        while (!(await TextAsync(node, path)).Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{node.BaseAddress}{path.TrimStart('/')} still lacks '{text}' {(DateTime.UtcNow - deadline).TotalMilliseconds:F0} ms after the deadline");
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
