using Marquee.Platform.Caching;

namespace Marquee.Tests.Tips;

/// <summary>
/// /tips is sent from the bytes of its first render (decision 0093): the same page in every coding, under the tip line's
/// route profile, and without the work of a render, which the uncached-request budget (3 a minute here) would count: nine
/// visits from one address all answer, where a fourth render would be refused.
/// </summary>
public sealed class ReadyTipsPageTests(RenderBudgetServer budgeted) : IClassFixture<RenderBudgetServer>
{
    private readonly MarqueeServer _server = budgeted.Server;

    [Fact]
    public async Task Repeated_visits_are_not_rendered_again_while_a_page_the_budget_counts_is()
    {
        using var source = TipForms.NewSource(_server);
        var first = await BodyAsync(source, "/tips", "identity");

        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(first, await BodyAsync(source, "/tips", "identity"));
        }

        var rendered = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await source.Client.GetAsync("/tips?rendered", TestContext.Current.CancellationToken);
            rendered.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, rendered[^1]);
    }

    [Fact]
    public async Task Every_coding_carries_the_same_page_under_the_tip_line_profile()
    {
        using var source = TipForms.NewSource(_server);
        var rendered = await BodyAsync(source, "/tips", "br");

        foreach (var coding in new[] { "br", "gzip", "identity" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/tips");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
            using var response = await source.Client.SendAsync(request, TestContext.Current.CancellationToken);
            var sent = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            var name = response.Content.Headers.ContentEncoding.SingleOrDefault() ?? "identity";

            Assert.Equal(coding, name);
            Assert.Equal(rendered, ContentCodings.Decode(sent, ContentCodings.All.Single(c => ContentCodings.Name(c) == name)));
            Assert.Equal(sent.Length, response.Content.Headers.ContentLength);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(["Accept-Encoding"], response.Headers.Vary);
            Assert.False(response.Headers.Contains("Set-Cookie"));
            Assert.Null(response.Headers.ETag);
        }

        using var head = new HttpRequestMessage(HttpMethod.Head, "/tips");
        using var answer = await source.Client.SendAsync(head, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(rendered.Length, answer.Content.Headers.ContentLength);
        Assert.Equal("no-store", answer.Headers.CacheControl?.ToString());
    }

    private static async Task<byte[]> BodyAsync(StaffSession source, string url, string coding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
        using var response = await source.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        return response.Content.Headers.ContentEncoding.SingleOrDefault() is "br" ? ContentCodings.Decode(sent, ContentCoding.Brotli) : sent;
    }
}
