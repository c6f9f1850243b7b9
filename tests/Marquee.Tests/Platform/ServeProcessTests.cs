using System.Text.Json;

namespace Marquee.Tests.Platform;

/// <summary>
/// Two `marquee serve` processes on one database (and, in the PostgreSQL run, one Redis), as operators
/// run them: a change imported beside them is on both within a second, and a story scheduled for later
/// appears on both within a second of its time, released by exactly one of them.
/// </summary>
public sealed class ServeProcessTests : IDisposable
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);
    private readonly MarqueeCli _cli = new();

    [Fact]
    public async Task Two_nodes_show_an_import_within_a_second_and_a_scheduled_story_on_time_released_once()
    {
        Assert.Equal(0, (await _cli.RunAsync("migrate")).ExitCode);
        await using var nodeA = await _cli.ServeAsync();
        await using var nodeB = await _cli.ServeAsync();
        ServeProcess[] nodes = [nodeA, nodeB];
        foreach (var node in nodes)
        {
            await TextAsync(node, "/");
        }

        await TimedScenario.RunAsync(lead => ImportedStoriesShowOnTimeAsync(nodes, lead), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(90));
    }

    public void Dispose() => _cli.Dispose();

    /// <summary>Imports a story out now and one due later; false when the one due later fell due before its absence was checked.</summary>
    private async Task<bool> ImportedStoriesShowOnTimeAsync(ServeProcess[] nodes, TimeSpan lead)
    {
        var (due, round) = (DateTime.UtcNow + lead, (int)lead.TotalSeconds);
        var (outNow, dueLater) = ($"Out Now On Both Nodes, round {round}", $"Due Later On Both Nodes, round {round}");
        var export = Path.Combine(_cli.DataPath, $"two-stories-{round}.json");
        await File.WriteAllTextAsync(export, GhostExport((outNow, $"out-now-{round}", DateTime.UtcNow.AddMinutes(-1)), (dueLater, $"due-later-{round}", due)), TestContext.Current.CancellationToken);

        var (exit, _, error) = await _cli.RunAsync($"import \"{export}\"");
        var deadline = DateTime.UtcNow + Promise;

        Assert.True(exit == 0, error);
        foreach (var node in nodes)
        {
            await ShowsByAsync(node, outNow, deadline);
            var home = await TextAsync(node, "/");
            if (DateTime.UtcNow >= due)
            {
                return false;
            }

            Assert.DoesNotContain(dueLater, home, StringComparison.Ordinal);
        }

        foreach (var node in nodes)
        {
            await ShowsByAsync(node, dueLater, due + Promise);
        }

        var id = _cli.Database.Scalar($"SELECT id FROM articles WHERE slug = 'due-later-{round}'");
        Assert.Equal("1", _cli.Database.Scalar($"SELECT COUNT(*) FROM cache_evictions WHERE ' ' || tags || ' ' LIKE '% article-{id} %'"));
        return true;
    }

    private static string GhostExport(params (string Title, string Slug, DateTime PublishedAt)[] posts) => JsonSerializer.Serialize(new
    {
        meta = new { },
        data = new { posts = posts.Select(p => new { title = p.Title, slug = p.Slug, status = "published", published_at = p.PublishedAt, html = "<p>Story.</p>" }) },
    });

    private static async Task<string> TextAsync(ServeProcess node, string path) =>
        (await HtmlPage.GetAsync(node.Client, path)).Body!.TextContent;

    private static Task ShowsByAsync(ServeProcess node, string text, DateTime deadline) =>
        NodePages.ByAsync(async () => (await TextAsync(node, "/")).Contains(text, StringComparison.Ordinal), deadline, $"{node.Client.BaseAddress} still lacks '{text}'");
}
