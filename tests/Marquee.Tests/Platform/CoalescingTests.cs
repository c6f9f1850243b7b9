namespace Marquee.Tests.Platform;

/// <summary>On a spike, however many readers ask for a page at once, it is rendered once; the metrics show it.</summary>
public sealed class CoalescingTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private const string Article = "/news/{slug}";

    [Fact]
    public async Task Fifty_concurrent_misses_for_one_page_render_it_once()
    {
        var article = await new TestContent(server).ArticleAsync("Spike Story");
        using var metrics = new PageMetricsListener(server);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => server.Client.GetAsync($"/news/{article.Slug}", TestContext.Current.CancellationToken)));

        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, metrics.Count("marquee.pages.renders", Article));
        Assert.Equal(1, metrics.Count("marquee.pages.render.duration", Article));
        Assert.Equal(50, metrics.Count("marquee.pages.requests", Article));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
