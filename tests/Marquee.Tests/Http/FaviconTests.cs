namespace Marquee.Tests.Http;

/// <summary>Browsers ask for /favicon.ico on every first visit: it is there, an icon, kept long, and every layout links it.</summary>
public sealed class FaviconTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task The_favicon_is_served_as_an_icon_and_cached_long()
    {
        using var response = await server.Client.GetAsync("/favicon.ico", TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0, 0, 1, 0], bytes[..4]); // the ICO signature: reserved 0, type 1 (icon)
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(7), $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/newsroom/login")]
    public async Task Every_layout_links_the_favicon(string path)
    {
        var page = await HtmlPage.GetAsync(server.Client, path);
        var href = page.QuerySelector("link[rel=icon]")?.GetAttribute("href");

        Assert.NotNull(href);
        Assert.StartsWith("/favicon.ico?v=", href, StringComparison.Ordinal);
    }
}
