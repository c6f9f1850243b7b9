using Microsoft.AspNetCore.Http;
using System.Text.Json;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Platform;

/// <summary>On every change Marquee asks the CDN to purge, by the same surrogate keys its pages carry.</summary>
public sealed class CdnPurgeTests : IAsyncLifetime
{
    private readonly RecordingEndpoint<PurgeCall> _cdn = new(ReadAsync);
    private readonly MarqueeServer _server = new();

    public async ValueTask InitializeAsync()
    {
        await _cdn.StartAsync();
        _server.Settings["Marquee:Cdn:PurgeUrl"] = _cdn.Url;
        _server.Settings["Marquee:Cdn:PurgeAuthorization"] = "Bearer purge-token";
        await _server.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _cdn.DisposeAsync();
    }

    [Fact]
    public async Task Publishing_purges_the_keys_of_every_page_that_shows_the_story()
    {
        var content = new TestContent(_server);
        var author = await content.AuthorAsync("Purged Writer");
        var tag = await content.TagAsync("Purged Tag");
        var article = await content.ArticleAsync("Purged Story", [author], [tag]);
        using var page = await _server.Client.GetAsync($"/news/{article.Slug}", TestContext.Current.CancellationToken);
        var pageKeys = page.Headers.GetValues(PublicResponseHeaders.SurrogateKey).Single().Split(' ');
        var articleKey = CacheTags.Article(await ArticleIdAsync(article.Slug));

        var settled = _cdn.Received.Count;
        await content.SaveAsync(article with { Headline = "Purged Story, Corrected" });
        var purge = await _cdn.WaitForAsync(settled, call => call.HeaderKeys.Contains(articleKey), $"purging {articleKey}");

        Assert.Equal("Bearer purge-token", purge.Authorization);
        Assert.Equal(purge.HeaderKeys.Order(), purge.BodyKeys.Order());
        Assert.Contains(CacheTags.Home, purge.HeaderKeys);
        Assert.All(pageKeys.Where(k => k.StartsWith("author-", StringComparison.Ordinal) || k.StartsWith("tag-", StringComparison.Ordinal)), key => Assert.Contains(key, purge.HeaderKeys));
    }

    private async Task<long> ArticleIdAsync(string slug)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<PurgeCall> ReadAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        return new PurgeCall(
            request.Headers["Surrogate-Key"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries),
            body.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray(),
            request.Headers.Authorization.ToString());
    }

    /// <summary>One purge as the CDN received it: the keys in the header and in the body, and the credentials.</summary>
    private sealed record PurgeCall(string[] HeaderKeys, string[] BodyKeys, string Authorization)
    {
        public override string ToString() => string.Join(' ', HeaderKeys);
    }
}
