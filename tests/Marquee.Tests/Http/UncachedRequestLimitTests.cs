namespace Marquee.Tests.Http;

/// <summary>
/// Each client address has a budget of uncached requests a minute (five here); over it, 429 with Retry-After.
/// Cache hits and static files cost nothing, and another address keeps its own budget.
/// </summary>
public sealed class UncachedRequestLimitTests : IClassFixture<UncachedRequestLimitTests.TightServer>
{
    private static readonly IPAddress AnotherClient = IPAddress.Parse("127.0.0.2");

    private readonly MarqueeServer _server;

    public UncachedRequestLimitTests(TightServer tight) => _server = tight.Server;

    [Fact]
    public async Task A_client_over_its_budget_of_renders_gets_429_while_hits_and_other_clients_do_not()
    {
        Assert.Equal(200, (await GetAsync("/")).Status);
        Assert.Equal(200, (await GetAsync("/")).Status); // a hit: free
        for (var page = 2; page <= 5; page++)
        {
            Assert.True((await GetAsync($"/tag/nothing-{page}")).Status < 429, $"render {page} was refused");
        }

        var refused = await GetAsync("/?page=99");
        var hit = await GetAsync("/");
        var file = await GetAsync("/css/site.css");
        var other = await GetAsync("/?page=99", AnotherClient);

        TooManyRequests.AssertRefused(refused);
        Assert.Equal(200, hit.Status);
        Assert.Equal(200, file.Status);
        Assert.NotEqual(429, other.Status);
    }

    private Task<RawHttp.Answer> GetAsync(string path, IPAddress? from = null) =>
        RawHttp.SendAsync(_server.BaseAddress, "GET", path, from: from);

    public sealed class TightServer : IAsyncLifetime
    {
        public MarqueeServer Server { get; } = new() { Settings = { ["Marquee:Http:UncachedRequestsPerMinute"] = "5" } };

        public ValueTask InitializeAsync() => Server.InitializeAsync();

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
