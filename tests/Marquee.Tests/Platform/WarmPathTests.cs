using System.IO.Compression;
using Marquee.Platform.Caching;

namespace Marquee.Tests.Platform;

/// <summary>
/// A warm hit is answered from the page ready in memory (decision 0040) with the render's headers and bytes, in each content
/// coding, and keeps the output cache's rules: 304 on If-None-Match, HEAD, Authorization, request counting.
/// </summary>
public sealed class WarmPathTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private const string ArticleRoute = "/news/{slug}";

    /// <summary>Sent per request, or per path: the date, the length of a streamed render, the page's age in the cache.</summary>
    private static readonly string[] PerRequest = ["Date", "Age", "Transfer-Encoding", "Content-Length"];

    private readonly TestContent _content = new(server);

    [Fact]
    public async Task A_hit_sends_the_renders_headers_and_bytes_in_every_coding_from_one_render()
    {
        var article = await _content.ArticleAsync("Warm In Every Coding");
        var path = $"/news/{article.Slug}";
        using var metrics = new PageMetricsListener(server);

        using var render = await SendAsync(HttpMethod.Get, path, "br");
        var identity = Decode(render);
        // Accept-Encoding values the output cache has never seen (it varies by the header as sent): only the warm path answers them without a render.
        foreach (var (acceptEncoding, coding) in new[] { ("br;q=0.9, gzip;q=0.5", "br"), ("gzip;q=0.8, identity;q=0.2", "gzip"), ("identity;q=0.7", null) })
        {
            using var hit = await SendAsync(HttpMethod.Get, path, acceptEncoding);

            Assert.Equal(coding is null ? [] : [coding], hit.Content.Headers.ContentEncoding);
            Assert.Equal(Headers(render, exceptCoding: true), Headers(hit, exceptCoding: true));
            Assert.Equal(identity, Decode(hit));
            Assert.Equal(hit.Content.Headers.ContentLength, (await hit.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length);
        }

        Assert.Equal(1, metrics.Count("marquee.pages.renders", ArticleRoute));
        Assert.Equal(4, metrics.Count("marquee.pages.requests", ArticleRoute));
    }

    [Fact]
    public async Task If_none_match_gets_304_with_the_etag_in_every_coding_and_head_gets_gets_headers()
    {
        var article = await _content.ArticleAsync("Warm Conditional");
        var path = $"/news/{article.Slug}";
        using var render = await SendAsync(HttpMethod.Get, path, null);
        var etag = render.Headers.ETag!;

        foreach (var coding in new[] { "br", "gzip", null })
        {
            using var get = await SendAsync(HttpMethod.Get, path, coding);
            using var conditional = await SendAsync(HttpMethod.Get, path, coding, request => request.Headers.IfNoneMatch.Add(etag));
            using var other = await SendAsync(HttpMethod.Get, path, coding, request => request.Headers.IfNoneMatch.ParseAdd("W/\"another\""));
            using var head = await SendAsync(HttpMethod.Head, path, coding);

            Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
            Assert.Equal(etag, conditional.Headers.ETag);
            Assert.Contains("Accept-Encoding", conditional.Headers.Vary);
            Assert.Equal(render.Headers.GetValues("Content-Security-Policy"), conditional.Headers.GetValues("Content-Security-Policy"));
            Assert.Empty(await conditional.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(Headers(get, exceptCoding: false), Headers(head, exceptCoding: false));
            Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task A_request_with_authorization_is_rendered_and_a_publish_replaces_the_ready_page()
    {
        var article = await _content.ArticleAsync("Warm Until Changed");
        var path = $"/news/{article.Slug}";
        (await SendAsync(HttpMethod.Get, path, "gzip")).Dispose();
        using var metrics = new PageMetricsListener(server);

        (await SendAsync(HttpMethod.Get, path, "gzip", request => request.Headers.Authorization = new("Bearer", "anything"))).Dispose();
        Assert.Equal(1, metrics.Count("marquee.pages.renders", ArticleRoute));

        await _content.SaveAsync(article with { Headline = "Warm And Changed" });
        using var changed = await SendAsync(HttpMethod.Get, path, "gzip");
        Assert.Contains("Warm And Changed", System.Text.Encoding.UTF8.GetString(Decode(changed)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, ContentCoding.Identity)]
    [InlineData("gzip, deflate, br", ContentCoding.Brotli)]
    [InlineData("gzip;q=1, br;q=0.5", ContentCoding.Gzip)]
    [InlineData("*, br;q=0", ContentCoding.Gzip)]
    [InlineData("br;q=0, gzip;q=0", ContentCoding.Identity)]
    [InlineData("identity;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("deflate", ContentCoding.Identity)]
    [InlineData("br;q=oops, gzip", ContentCoding.Gzip)]
    [InlineData("*;q=0.1", ContentCoding.Brotli)]
    [InlineData("gzip;q=0.2", ContentCoding.Gzip)]
    [InlineData("gzip;q=0.2, identity", ContentCoding.Identity)]
    public void The_coding_follows_q_values(string? acceptEncoding, ContentCoding expected) =>
        Assert.Equal(expected, ContentCodings.Choose(acceptEncoding));

    [Theory]
    [InlineData("identity;q=0")]
    [InlineData("*;q=0")]
    [InlineData("br;q=0, *;q=0")]
    public void A_request_refusing_every_coding_gets_none(string acceptEncoding) =>
        Assert.Null(ContentCodings.Choose(acceptEncoding));

    private static byte[] Decode(HttpResponseMessage response)
    {
        var sent = new MemoryStream(response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult());
        using Stream decoder = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(sent, CompressionMode.Decompress),
            "gzip" => new GZipStream(sent, CompressionMode.Decompress),
            _ => sent,
        };
        using var decoded = new MemoryStream();
        decoder.CopyTo(decoded);
        return decoded.ToArray();
    }

    private static List<string> Headers(HttpResponseMessage response, bool exceptCoding) =>
        [.. response.Headers.Concat(response.Content.Headers)
            .Where(h => !PerRequest.Contains(h.Key, StringComparer.OrdinalIgnoreCase) && !(exceptCoding && h.Key == "Content-Encoding"))
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
            .Order(StringComparer.Ordinal)];

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? coding, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (coding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(coding);
        }

        configure?.Invoke(request);
        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
