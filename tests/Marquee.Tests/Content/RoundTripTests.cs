using System.Text.RegularExpressions;
using Marquee.Demo;

namespace Marquee.Tests.Content;

/// <summary>
/// A public page rendered with the cache cold asks the database at most twice (issue 15): counted per request on the demo
/// content, the second time each page is asked (the first fills the in-memory navigation and Latest rail).
/// </summary>
public sealed partial class RoundTripTests(RoundTripTests.ColdDemo demo) : IClassFixture<RoundTripTests.ColdDemo>
{
    private const int MostPerPage = 2;

    [Fact]
    public async Task Every_public_page_asks_the_database_at_most_twice()
    {
        var home = await demo.Server.Client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var stories = StoryLink().Matches(home).Select(m => m.Value).Distinct().ToList();
        var staticPage = StaticPageLink().Match(home).Value;
        Assert.NotEmpty(stories);
        Assert.NotEmpty(staticPage);
        string[] pages =
        [
            "/", "/?page=2", .. stories, "/tag/red-carpet", "/section/music", "/author/mike-vulpo", staticPage,
        ];

        var counted = new List<(string Page, IReadOnlyList<string> Commands)>();
        foreach (var page in pages)
        {
            await demo.Commands.OfAsync(demo.Server.Client, page);
            counted.Add((page, await demo.Commands.OfAsync(demo.Server.Client, page)));
        }

        var over = counted.Where(c => c.Commands.Count > MostPerPage).Select(c => $"{c.Page}: {c.Commands.Count}\n  {string.Join("\n  ", c.Commands.Select(Abridged))}");
        Assert.True(!over.Any(), string.Join('\n', over));
        Assert.Contains(counted, c => c.Commands.Count > 0);
    }

    private static string Abridged(string sql) => sql.ReplaceLineEndings(" ")[..Math.Min(sql.Length, 160)];

    [GeneratedRegex("/news/[a-z0-9-]+")]
    private static partial Regex StoryLink();

    [GeneratedRegex("/p/[a-z0-9-]+")]
    private static partial Regex StaticPageLink();

    /// <summary>The demo content with its renditions made, served with the page cache off, so every request renders.</summary>
    public sealed class ColdDemo : IAsyncLifetime
    {
        public MarqueeServer Server { get; } = new() { Settings = { ["Marquee:OutputCache:Enabled"] = "false" } };

        /// <summary>Listening before the server starts, so every command of its requests is seen.</summary>
        public RequestCommands Commands { get; } = new();

        public async ValueTask InitializeAsync()
        {
            await Server.InitializeAsync();
            await Server.LoadDemoAsync();
            await Server.RenditionsMadeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            Commands.Dispose();
        }
    }
}
