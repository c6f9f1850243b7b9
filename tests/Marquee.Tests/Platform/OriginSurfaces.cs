using Marquee.Content.Tags;
using Marquee.Tests.Distribution.GhostContentApi;

namespace Marquee.Tests.Platform;

/// <summary>Every response that writes this site's absolute URLs, over a story that reaches all of them, and GETs with a chosen Host header.</summary>
internal static class OriginSurfaces
{
    /// <summary>Publishes a story in the Apple News channel and issues a Content API key; returns the paths whose answers carry absolute URLs.</summary>
    public static async Task<IReadOnlyList<string>> ArrangeAsync(MarqueeServer server)
    {
        await server.WriteAsync((services, ct) => services.GetRequiredService<SaveTag>().SaveAsync(new TagInput("apple-news", "Apple News", TagKind.Channel), ct));
        var story = await new TestContent(server).ArticleAsync("Origin Story", tags: ["apple-news"]);
        var key = await new GhostApi(server).AddKeyAsync();
        return
        [
            "/",
            $"/news/{story.Slug}",
            "/rss",
            "/atom",
            "/feed.json",
            "/sitemap.xml",
            $"/sitemap-articles-{DateTime.UtcNow:yyyy-MM}.xml",
            "/sitemap-news.xml",
            "/robots.txt",
            $"{GhostApi.Root}/posts/slug/{story.Slug}/?key={key}",
            $"{GhostApi.Root}/settings/?key={key}",
            $"/api/apple-news/{story.Slug}",
        ];
    }

    public static async Task<IReadOnlyList<(string Path, HttpStatusCode Status, string Body)>> GetEachAsync(MarqueeServer server, IEnumerable<string> paths, string host)
    {
        var answers = new List<(string Path, HttpStatusCode Status, string Body)>();
        foreach (var path in paths)
        {
            var (status, body) = await GetAsync(server, path, host);
            answers.Add((path, status, body));
        }

        return answers;
    }

    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(MarqueeServer server, string path, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
