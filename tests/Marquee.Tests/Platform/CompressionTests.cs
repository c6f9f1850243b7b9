using System.IO.Compression;
using System.Net.Http.Headers;
using Marquee.Tests.Distribution.GhostContentApi;

namespace Marquee.Tests.Platform;

/// <summary>Feeds, sitemaps and the Content API's JSON are sent compressed when asked, and decode to the very bytes sent uncompressed.</summary>
public sealed class CompressionTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);

    [Fact]
    public async Task Feeds_and_sitemaps_are_compressed_in_brotli_and_gzip()
    {
        await _content.ArticleAsync("Compressed Feed Story");

        foreach (var (path, type) in new[] { ("/rss", "application/rss+xml"), ("/atom", "application/atom+xml"), ("/feed.json", "application/feed+json"), ("/sitemap.xml", "application/xml") })
        {
            await SameBytesInEveryEncodingAsync(path, type);
        }
    }

    [Fact]
    public async Task The_content_api_json_is_compressed()
    {
        await _content.ArticleAsync("Compressed Api Story");
        var key = await new GhostApi(server).AddKeyAsync();

        await SameBytesInEveryEncodingAsync($"{GhostApi.Root}/posts/?key={key}", "application/json");
    }

    private async Task SameBytesInEveryEncodingAsync(string path, string type)
    {
        var (_, identity) = await GetAsync(path, null);
        Assert.NotEmpty(identity);
        foreach (var encoding in new[] { "gzip", "br" })
        {
            var (response, sent) = await GetAsync(path, encoding);
            Assert.StartsWith(type, response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.True(sent.Length < identity.Length, $"{path} in {encoding}: {sent.Length} bytes, {identity.Length} uncompressed");
            Assert.Equal(identity, Decode(encoding, sent));
        }
    }

    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private static byte[] Decode(string encoding, byte[] sent)
    {
        using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(sent), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(sent), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        decoder.CopyTo(decoded);
        return decoded.ToArray();
    }
}
