using System.Net;

namespace Marquee.Tests.Search;

/// <summary>
/// Searches the page cache did not answer are limited per client address (three a minute here): over it, 429 with
/// Retry-After; a repeated search is served from the cache for free, and another address keeps its own budget.
/// </summary>
public sealed class SearchRateLimitTests(SearchRateLimitTests.TightServer tight) : IClassFixture<SearchRateLimitTests.TightServer>
{
    private static readonly IPAddress AnotherClient = IPAddress.Parse("127.0.0.2");

    [Fact]
    public async Task A_client_over_its_budget_of_uncached_searches_gets_429_while_repeats_and_other_clients_do_not()
    {
        for (var search = 1; search <= 3; search++)
        {
            Assert.Equal(200, (await GetAsync($"/search?q=budget{search}")).Status);
        }

        var refused = await GetAsync("/search?q=budget4");
        var repeated = await GetAsync("/search?q=budget1");
        var other = await GetAsync("/search?q=budget4", AnotherClient);

        TooManyRequests.AssertRefused(refused);
        Assert.Equal(200, repeated.Status);
        Assert.Equal(200, other.Status);
    }

    private Task<RawHttp.Answer> GetAsync(string path, IPAddress? from = null) => RawHttp.SendAsync(tight.Server.BaseAddress, "GET", path, from: from);

    public sealed class TightServer : IAsyncLifetime
    {
        public MarqueeServer Server { get; } = new() { Settings = { ["Marquee:Search:UncachedSearchesPerMinute"] = "3" } };

        public ValueTask InitializeAsync() => Server.InitializeAsync();

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
