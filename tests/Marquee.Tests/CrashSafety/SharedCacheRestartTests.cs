using System.Globalization;
using Marquee.Platform.Caching;

namespace Marquee.Tests.CrashSafety;

/// <summary>
/// A node killed between committing a change and evicting its pages leaves them cached; with Redis they outlive the process.
/// Its next start evicts what the log says changed within a page's lifetime before it listens, so nothing stale is served (decision 0032).
/// Without Redis a start's cache is empty and this holds by itself.
/// </summary>
public sealed class SharedCacheRestartTests : IAsyncDisposable
{
    private readonly CrashableNode _node = new();

    [Fact]
    public async Task A_change_whose_eviction_died_with_its_node_is_not_served_stale_after_a_restart()
    {
        await _node.StartAsync();
        var export = Path.Combine(_node.Cli.DataPath, "story.json");
        await File.WriteAllTextAsync(export, """{"meta":{},"data":{"posts":[{"title":"Before The Crash","slug":"crash-story","status":"published","published_at":"2024-05-01T10:00:00Z","html":"<p>Story.</p>"}]}}""", TestContext.Current.CancellationToken);
        var (exit, _, error) = await _node.Cli.RunAsync($"import \"{export}\"");
        Assert.True(exit == 0, error);
        Assert.Contains("Before The Crash", await TextAsync(), StringComparison.Ordinal);

        await _node.KillAsync();
        // What a node killed after its commit and before its eviction leaves: the change and its log row, the old page cached.
        var id = _node.Cli.Database.Scalar("SELECT id FROM articles WHERE slug = 'crash-story'");
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
        _node.Cli.Database.Execute("UPDATE articles SET headline = 'After The Crash' WHERE slug = 'crash-story'");
        _node.Cli.Database.Execute($"INSERT INTO cache_evictions (tags, created_at) VALUES ('{CacheTags.Article(long.Parse(id!, CultureInfo.InvariantCulture))} {CacheTags.AnyContent}', '{now}')");
        await _node.RestartAsync();

        // The node catches up on the log before it listens, so even its first answer is fresh.
        var headline = (await HtmlPage.GetAsync(_node.Process.Client, "/news/crash-story")).Text("h1");
        Assert.True(headline == "After The Crash", $"the restarted node served '{headline}'; its errors:\n{_node.Process.ErrorOutput}");
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    private async Task<string> TextAsync() => (await HtmlPage.GetAsync(_node.Process.Client, "/news/crash-story")).Body!.TextContent;
}
