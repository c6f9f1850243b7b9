namespace Marquee.Tests.Platform;

/// <summary>
/// Strict-Transport-Security goes out on every HTTPS answer (here HTTPS as a configured proxy reports it) with the
/// configured max-age, error pages and cached pages included, and never over plain HTTP (RFC 6797 §7.2).
/// </summary>
public sealed class StrictTransportSecurityTests : IAsyncLifetime
{
    private readonly MarqueeServer _server = new();

    public ValueTask InitializeAsync()
    {
        _server.Settings["Marquee:Hsts:MaxAge"] = "30.00:00:00";
        return _server.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Https_answers_carry_the_configured_max_age_error_pages_included()
    {
        var story = await new TestContent(_server).ArticleAsync("Hsts Story");

        var page = await HstsAsync($"/news/{story.Slug}", https: true);
        var missing = await HstsAsync("/news/no-such-story", https: true);
        var feed = await HstsAsync("/rss", https: true);

        Assert.Equal([(HttpStatusCode.OK, "max-age=2592000"), (HttpStatusCode.NotFound, "max-age=2592000"), (HttpStatusCode.OK, "max-age=2592000")], [page, missing, feed]);
    }

    [Fact]
    public async Task Plain_http_answers_never_carry_it_not_even_a_page_cached_from_https()
    {
        var story = await new TestContent(_server).ArticleAsync("Hsts Cached Story");

        var overHttps = await HstsAsync($"/news/{story.Slug}", https: true);
        var overHttp = await HstsAsync($"/news/{story.Slug}", https: false);
        var home = await HstsAsync("/", https: false);

        Assert.Equal((HttpStatusCode.OK, "max-age=2592000"), overHttps);
        Assert.Equal([(HttpStatusCode.OK, null), (HttpStatusCode.OK, null)], new[] { overHttp, home });
    }

    private async Task<(HttpStatusCode Status, string? Hsts)> HstsAsync(string path, bool https)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (https)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        using var response = await _server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : null);
    }
}
