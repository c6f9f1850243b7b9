using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Marquee.Tests.Platform;

public sealed class HealthTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Theory]
    [InlineData("/healthz", "ok")]
    [InlineData("/readyz", "ready")]
    public async Task Alive_and_ready_when_the_database_is_reachable(string path, string body)
    {
        using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, body), (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Without_its_database_and_redis_a_node_is_alive_but_not_ready()
    {
        // Nothing listens on port 1: the database and Redis are down from the start.
        var settings = new Dictionary<string, string?>
        {
            ["Marquee:DataPath"] = Path.Combine(Path.GetTempPath(), "marquee-tests", Guid.NewGuid().ToString("n")),
            ["Marquee:Demo:LoadOnFirstRun"] = "false",
            ["Marquee:Database:Provider"] = "postgres",
            ["ConnectionStrings:Marquee"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=1",
            ["Marquee:Redis"] = "127.0.0.1:1,connectTimeout=500",
            ["Logging:LogLevel:Default"] = "None",
        };
        await using var app = Program.BuildApp(["--urls", "http://127.0.0.1:0"], settings);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        using var alive = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        using var ready = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("database unreachable\nredis unreachable", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        // Background work that meets the outage (the eviction log, jobs, pending renditions) retries; it must not stop the node.
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        using var stillAlive = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, stillAlive.StatusCode);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }
}
