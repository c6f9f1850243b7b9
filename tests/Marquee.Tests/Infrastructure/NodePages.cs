namespace Marquee.Tests.Infrastructure;

/// <summary>What a node's public pages say, for tests of how soon a change reaches a node.</summary>
public static class NodePages
{
    public static async Task<string> TextAsync(MarqueeServer node, string path) => (await HtmlPage.GetAsync(node.Client, path)).Body!.TextContent;

    /// <summary>Polls the node's page until it shows <paramref name="text"/>; fails when a request made after <paramref name="deadline"/> (UTC) does not.</summary>
    public static Task ShowsByAsync(MarqueeServer node, string path, string text, DateTime deadline) =>
        ByAsync(async () => (await TextAsync(node, path)).Contains(text, StringComparison.Ordinal), deadline, $"{node.BaseAddress}{path.TrimStart('/')} still lacks '{text}'");

    /// <summary>The node's page once it satisfies <paramref name="done"/>; fails when one asked for after <paramref name="deadline"/> (UTC) does not.</summary>
    public static async Task<AngleSharp.Dom.IDocument> PageByAsync(MarqueeServer node, string path, Func<AngleSharp.Dom.IDocument, bool> done, DateTime deadline, string failure)
    {
        AngleSharp.Dom.IDocument? page = null;
        await ByAsync(async () => done(page = await HtmlPage.GetAsync(node.Client, path)), deadline, failure);
        return page!;
    }

    /// <summary>
    /// Asks <paramref name="probe"/> until it says yes; fails when one asked after <paramref name="deadline"/> (UTC) still says no.
    /// A request that left before the deadline may come back after it on a loaded box: it saw the site as it was in time.
    /// </summary>
    public static async Task ByAsync(Func<Task<bool>> probe, DateTime deadline, string failure)
    {
        while (true)
        {
            var asked = DateTime.UtcNow;
            if (await probe())
            {
                return;
            }

            Assert.True(asked < deadline, $"{failure} {(asked - deadline).TotalMilliseconds:F0} ms after the deadline");
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
