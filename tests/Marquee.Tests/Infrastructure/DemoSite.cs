using System.Text.Json;
using System.Text.RegularExpressions;
using Marquee.Content.Previews;
using Marquee.Demo;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Distribution.GhostContentApi;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// A Marquee with the demo content loaded, its renditions made, an administrator signed in and a Content API
/// key: and for every route it maps, a realistic URL on that content (<see cref="UrlFor"/>), so tests can walk
/// the whole route table. Sign-in is not rate-limited here (every session comes from 127.0.0.1).
/// </summary>
public sealed partial class DemoSite : IAsyncLifetime
{
    public DemoSite() => Server.Settings["Marquee:Newsroom:SignInAttemptsPerMinute"] = "100000";

    public MarqueeServer Server { get; } = new();

    public StaffSession Administrator { get; private set; } = null!;

    public string ContentKey { get; private set; } = "";

    /// <summary>Route pattern (as <see cref="RouteTable"/> names it) → a URL on the demo content it answers.</summary>
    public IReadOnlyDictionary<string, string> UrlFor { get; private set; } = new Dictionary<string, string>();

    /// <summary>The client a URL is asked with: newsroom pages as the administrator, the rest anonymously.</summary>
    public HttpClient ClientFor(string url) => url.StartsWith("/newsroom", StringComparison.Ordinal) ? Administrator.Client : Server.Client;

    public async ValueTask InitializeAsync()
    {
        await Server.InitializeAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        await Server.LoadDemoAsync();
        await Server.RenditionsMadeAsync();
        Administrator = await StaffSession.SignInAsync(Server, StaffRole.Administrator);
        ContentKey = await new GhostApi(Server).AddKeyAsync();

        UrlFor = await SampleUrlsAsync();
    }

    private async Task<Dictionary<string, string>> SampleUrlsAsync()
    {
        var api = GhostApi.Root;
        var post = await FirstAsync($"posts/?include=tags,authors&filter=tag:apple-news");
        var page = await FirstAsync("pages/");
        var tag = await FirstAsync("tags/");
        var author = await FirstAsync("authors/");
        var articleId = long.Parse(Regex.Match(await TextAsync(Administrator.Client, "/newsroom/articles"), @"/newsroom/articles/(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var photoId = Regex.Match(await TextAsync(Administrator.Client, "/newsroom/photos"), @"/newsroom/photos/(\d+)").Groups[1].Value;
        var sitemap = SitemapLink().Match(await TextAsync(Server.Client, "/sitemap.xml")).Groups[1].Value;
        var media = MediaLink().Match(await TextAsync(Server.Client, $"/photos/{DemoGallery.Slug}/all")).Value;
        var preview = Server.Services.GetRequiredService<PreviewLinks>().Create(articleId, TimeSpan.FromDays(1)).Path;
        var slug = post.GetProperty("slug").GetString();
        var urls = new Dictionary<string, string>
        {
            ["/"] = "/",
            ["/news/{slug}"] = $"/news/{slug}",
            ["/photos/{slug}/{n:int?}"] = $"/photos/{DemoGallery.Slug}/2",
            ["/photos/{slug}/all"] = $"/photos/{DemoGallery.Slug}/all",
            ["/tag/{slug}"] = "/tag/red-carpet",
            ["/section/{slug}"] = "/section/music",
            ["/author/{slug}"] = "/author/mike-vulpo",
            ["/p/{slug}"] = $"/p/{page.GetProperty("slug").GetString()}",
            ["/preview/{token}"] = preview,
            ["/search"] = "/search?q=kelly+clarkson",
            ["/search/suggest"] = "/search/suggest?q=kel",
            ["/most-read"] = "/most-read",
            ["/error/{code:int}"] = "/error/404",
            ["/healthz"] = "/healthz",
            ["/readyz"] = "/readyz",
            ["/robots.txt"] = "/robots.txt",
            ["/sitemap.xml"] = "/sitemap.xml",
            ["/sitemap-articles-{period}.xml"] = sitemap,
            ["/sitemap-tags.xml"] = "/sitemap-tags.xml",
            ["/sitemap-authors.xml"] = "/sitemap-authors.xml",
            ["/sitemap-news.xml"] = "/sitemap-news.xml",
            ["/sitemap-galleries.xml"] = "/sitemap-galleries.xml",
            ["/media/{name:regex(^[0-9a-f]{{20}}-[0-9a-z-]+\\.(avif|webp|jpg)$)}"] = media,
            ["/api/apple-news/{slug}"] = $"/api/apple-news/{slug}",
            ["/api/apple-news/changes"] = "/api/apple-news/changes?since=2000-01-01T00:00:00Z",
            [$"{api}/settings"] = $"{api}/settings/?key={ContentKey}",
            [$"{api}/tiers"] = $"{api}/tiers/?key={ContentKey}",
            [$"{api}/newsletters"] = $"{api}/newsletters/?key={ContentKey}",
            [$"{api}/{{**path}}"] = $"{api}/nothing-here/?key={ContentKey}",
            ["/newsroom/articles/{id}"] = $"/newsroom/articles/{articleId}",
            ["/newsroom/articles/{id}/revisions"] = $"/newsroom/articles/{articleId}/revisions",
            ["/newsroom/photos/{id}"] = $"/newsroom/photos/{photoId}",
            ["/newsroom/photos/{id}/delete"] = $"/newsroom/photos/{photoId}/delete",
            ["/newsroom/lookup/tags"] = "/newsroom/lookup/tags?q=mu",
            ["/newsroom/lookup/authors"] = "/newsroom/lookup/authors?q=mi",
            ["/newsroom/live/{id}"] = $"/newsroom/live/{articleId}",
            ["/newsroom/tips/{id}"] = "/newsroom/tips/1",
            ["/newsroom/newsletters/{id}"] = "/newsroom/newsletters/1",
            ["/live/{slug}"] = $"/live/{DemoLiveStory.Slug}",
            ["/live/{slug}/updates"] = $"/live/{DemoLiveStory.Slug}/updates?since=1",
            ["/live/{slug}/atom"] = $"/live/{DemoLiveStory.Slug}/atom",
            ["/tips"] = "/tips",
            ["/tips/work"] = "/tips/work",
            ["/tips/keys"] = "/tips/keys",
            ["/me"] = "/me",
            ["/account"] = "/account",
            ["/account/export"] = "/account/export",
            ["/account/work"] = "/account/work",
            ["/account/verify"] = "/account/verify",
            ["/newsletters"] = "/newsletters",
            ["/newsletters/sign-up"] = "/newsletters/sign-up",
            ["/newsletters/confirm"] = "/newsletters/confirm?token=unknown",
            ["/newsletters/account"] = "/newsletters/account",
            ["/newsletters/unsubscribe"] = "/newsletters/unsubscribe?token=unknown",
            ["/api/consent/tags"] = "/api/consent/tags",
            ["/ads/slots.css"] = "/ads/slots.css",
        };
        foreach (var format in new[] { "rss", "atom", "feed.json" })
        {
            urls[$"/{format}"] = $"/{format}";
            urls[$"/tag/{{slug}}/{format}"] = $"/tag/red-carpet/{format}";
            urls[$"/section/{{slug}}/{format}"] = $"/section/music/{format}";
            urls[$"/author/{{slug}}/{format}"] = $"/author/mike-vulpo/{format}";
        }

        foreach (var (resource, item) in new[] { ("posts", post), ("pages", page), ("tags", tag), ("authors", author) })
        {
            urls[$"{api}/{resource}"] = $"{api}/{resource}/?key={ContentKey}";
            urls[$"{api}/{resource}/{{id}}"] = $"{api}/{resource}/{item.GetProperty("id").GetString()}/?key={ContentKey}";
            urls[$"{api}/{resource}/slug/{{slug}}"] = $"{api}/{resource}/slug/{item.GetProperty("slug").GetString()}/?key={ContentKey}";
        }

        // The newsroom's other pages need no route values.
        foreach (var route in RouteTable.Of(Server).Where(r => r.StartsWith("/newsroom", StringComparison.Ordinal) && !r.Contains('{', StringComparison.Ordinal)))
        {
            urls.TryAdd(route, route);
        }

        return urls;
    }

    private async Task<JsonElement> FirstAsync(string query)
    {
        var separator = query.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var json = await TextAsync(Server.Client, $"{GhostApi.Root}/{query}{separator}key={ContentKey}");
        var items = JsonDocument.Parse(json).RootElement.EnumerateObject().First(p => p.Name != "meta").Value;
        return items[0].Clone();
    }

    private static async Task<string> TextAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        Administrator?.Dispose();
        return Server.DisposeAsync();
    }

    [GeneratedRegex(@"<loc>[^<]*(/sitemap-articles-[^<]+\.xml)</loc>")]
    private static partial Regex SitemapLink();

    [GeneratedRegex(@"/media/[0-9a-f]{20}-[0-9a-z-]+\.(avif|webp|jpg)")]
    private static partial Regex MediaLink();
}
