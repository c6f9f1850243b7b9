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

    [Fact]
    public async Task Suggestions_for_the_first_letters_of_a_name_list_the_person_and_the_story_and_are_cacheable()
    {
        using var response = await server.Client.GetAsync("/search/suggest?q=clark", TestContext.Current.CancellationToken);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=10", response.Headers.CacheControl?.ToString());
        Assert.Contains(json.RootElement.GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "Kelly Clarkson" && p.GetProperty("url").GetString() == "/tag/kelly-clarkson");
        Assert.Equal(SeedHeadline, json.RootElement.GetProperty("headlines")[0].GetProperty("name").GetString());
    }
}
