namespace Marquee.Tests.Search;

/// <summary>On the demo content, a reader searching for the seed story's star finds it first, spelt right or not.</summary>
public sealed class DemoSearchTests(MarqueeServer server) : IClassFixture<MarqueeServer>, IAsyncLifetime
{
    private const string SeedHeadline = "Pink and Kelly Clarkson's Opening Performance at the 2017 American Music Awards Will Leave You in Tears";

    public async ValueTask InitializeAsync() => await server.LoadDemoAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("Kelly Clarkson")]
    [InlineData("kelly clarksen")]
    [InlineData("Kelly Clark")]
    [InlineData("\"kelly clarkson\" AMAs")]
    public async Task The_seed_story_comes_first(string query)
    {
        var page = await HtmlPage.GetAsync(server.Client, $"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(SeedHeadline, page.Text(".search-results .card h3"));
    }
}
