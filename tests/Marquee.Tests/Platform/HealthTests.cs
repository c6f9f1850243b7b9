using System.Net;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Platform;

public sealed class HealthTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task Healthz_answers_ok_when_the_database_is_reachable()
    {
        using var response = await server.Client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
