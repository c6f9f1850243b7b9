using System.Text.RegularExpressions;
using Marquee.Demo;

namespace Marquee.Tests.Content;

/// <summary>
/// How often a public page rendered with the cache cold asks the database, counted per request on the demo content the second
/// time each page is asked (the first fills the in-memory navigation and Latest rail). A static page asks twice at most
/// (issue 15), and so does a story: its related stories are read once and held in memory until a change touches them
/// (decision 0074, <c>RelatedSnapshots</c>). A listing asks for its cards,
/// their bylines and gallery covers (the home page for two lists): one joined statement instead measured dearer on SQLite,
/// home 36% and tag 24% fewer requests/s (decision 0042).
/// </summary>
public sealed partial class RoundTripTests(RoundTripTests.ColdDemo demo) : IClassFixture<RoundTripTests.ColdDemo>
{
    private const int MostPerStory = 2;

    private const int MostPerStaticPage = 2;

    private const int MostPerListing = 5;

    private static readonly string[] Listings = ["/", "/?page=2", "/tag/red-carpet", "/section/music", "/author/mike-vulpo"];

    [Fact]
    public async Task A_story_or_a_static_page_asks_the_database_at_most_twice_and_a_listing_five_times()
    {
        var home = await demo.Server.Client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var stories = StoryLink().Matches(home).Select(m => m.Value).Distinct().ToList();
        var staticPage = StaticPageLink().Match(home).Value;
        Assert.NotEmpty(stories);
        Assert.NotEmpty(staticPage);
        (string Page, int Most)[] pages =
        [
            .. stories.Select(page => (page, MostPerStory)),
            (staticPage, MostPerStaticPage),
            .. Listings.Select(page => (page, MostPerListing)),
        ];

        var counted = new List<(string Page, int Most, IReadOnlyList<string> Commands)>();
        foreach (var (page, most) in pages)
        {
            await demo.Commands.OfAsync(demo.Server.Client, page);
            counted.Add((page, most, await demo.Commands.OfAsync(demo.Server.Client, page)));
        }

        var over = counted.Where(c => c.Commands.Count > c.Most).Select(c => $"{c.Page}: {c.Commands.Count}\n  {string.Join("\n  ", c.Commands.Select(Abridged))}");
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
