using Marquee.Demo;

namespace Marquee.Tests.Http;

/// <summary>
/// What a fuzzer or a curious outsider sends — odd methods, bad route and query values, broken headers, junk in
/// the path — gets a 4xx (or a page), never a 500: a table of them, sent byte for byte, anonymous and signed in.
/// </summary>
public sealed class MalformedRequestTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task No_malformed_request_gets_a_5xx()
    {
        var story = site.UrlFor["/news/{slug}"];
        var gallery = $"/photos/{DemoGallery.Slug}";
        var media = site.UrlFor["/media/{name:regex(^[0-9a-f]{{20}}-[0-9a-z-]+\\.(avif|webp|jpg)$)}"];
        var posts = $"/ghost/api/content/posts/?key={site.ContentKey}";
        var anonymous = new List<(string Method, string Target, string[] Headers)>();
        foreach (var method in new[] { "TRACE", "OPTIONS", "PROPFIND", "PUT", "DELETE", "PATCH", "POST", "FOO" })
        {
            foreach (var path in new[] { "/", story, $"{gallery}/2", "/tag/red-carpet", "/rss", "/sitemap.xml", media, posts, "/newsroom/login", "/newsroom/reset-password", "/nowhere", "/error/500" })
            {
                anonymous.Add((method, path, []));
            }
        }

        foreach (var target in new[]
        {
            "/newsroom/reset-password?user=abc&token=x", "/newsroom/reset-password?user=99999999999999999999999&token=x",
            "/newsroom/reset-password?user=-1&token=x", "/newsroom/reset-password?user=1", "/newsroom/invitation?user=abc&token=x",
            "/newsroom/invitation?user=1.5e3&token=x", "/newsroom/invitation?user=%00&token=%00",
            "/?page=abc", "/?page=-1", "/?page=0", "/?page=99999999999999999999", "/?page=2147483647", "/?page=1&page=2",
            "/tag/red-carpet?page=-7", "/tag/red-carpet?page=2147483647", "/section/music?page=2147483647", "/author/mike-vulpo?page=2147483647", "/author/mike-vulpo?page=%ff",
            $"{gallery}/0", $"{gallery}/-1", $"{gallery}/99999999999", $"{gallery}/2147483647", $"{gallery}/abc",
            "/news/%00", "/news/%ff%fe", "/news/%E2%80%AE", "/news/..%2f..%2fetc%2fpasswd", "//news//x", "/news/a%2fb", "/%2e%2e/",
            "/p/%c0%af", "/tag/%25", "/author/" + new string('a', 3000), "/preview/garbage", "/preview/%00", "/preview/" + new string('A', 2000),
            "/media/00000000000000000000-99999999999.jpg", "/media/00000000000000000000-16x9-abc-320.jpg",
            "/sitemap-articles-9999-99.xml", "/sitemap-articles-abc.xml", "/sitemap-articles-2024-01-0.xml", "/sitemap-articles-2024-01-99999999999.xml", "/sitemap-articles-2017-11-2147483647.xml",
            "/api/apple-news/changes?since=garbage", "/api/apple-news/changes?since=99999-01-01", "/api/apple-news/changes?since=2020-01-01&after=zz",
            "/api/apple-news/%00", "/error/99999999999", "/error/-1",
            $"{posts}&limit=abc", $"{posts}&limit=-1", $"{posts}&limit=99999999999", $"{posts}&page=abc", $"{posts}&page=-1", $"{posts}&page=99999999999",
            $"{posts}&filter=((((", $"{posts}&filter=tag:%00", $"{posts}&order=nonsense%20sideways", $"{posts}&fields=%00", $"{posts}&include=everything",
            $"{posts}&formats=pdf", "/ghost/api/content/posts/zzz/?key=" + site.ContentKey, "/ghost/api/content/posts/?key=%00",
        })
        {
            anonymous.Add(("GET", target, []));
        }

        foreach (var header in new[]
        {
            "If-Modified-Since: yesterday", "If-Modified-Since: Mon, 99 Foo 99999 99:99:99 GMT", "If-None-Match: garbage", "If-None-Match: W/\"", "If-None-Match: *",
            "Accept-Encoding: gzip;q=abc, br;q=-1, *;q=2", "Accept-Encoding: " + string.Join(", ", Enumerable.Repeat("x-unknown", 300)), "Accept-Encoding: identity;q=0, *;q=0",
            "Range: bytes=abc", "Range: bytes=999999999-1", "Accept: */*;q=foo", "Expect: 100-continue", "Cookie: .AspNetCore.Antiforgery.x=%%%",
            "Cookie: __Host-marquee-staff=garbage; marquee-staff=garbage", "Authorization: Bearer junk", "X-Forwarded-For: not-an-address",
        })
        {
            foreach (var path in new[] { "/", story, "/rss", media, posts, "/newsroom/login" })
            {
                anonymous.Add(("GET", path, [header]));
            }
        }

        var failures = new List<string>();
        foreach (var (method, target, headers) in anonymous)
        {
            await CheckAsync(method, target, headers, failures);
        }

        var cookie = $"Cookie: {site.Administrator.Cookies.GetCookieHeader(site.Server.BaseAddress)}";
        foreach (var target in new[]
        {
            "/newsroom/articles/abc", "/newsroom/articles/99999999999999999999", "/newsroom/articles/-1", "/newsroom/articles/0/revisions?From=abc&To=-1",
            "/newsroom/photos/abc", "/newsroom/photos/-1/delete", "/newsroom/photos?page=abc", "/newsroom/photos?page=-1&Filter=Nonsense",
            "/newsroom/articles?page=-5&State=Nonsense", "/newsroom/articles?page=99999999999", "/newsroom/articles?page=2147483647", "/newsroom/photos?page=2147483647", "/newsroom/lookup/tags?q=%00", "/newsroom/lookup/authors?slugs=,,,",
            "/newsroom/login?ReturnUrl=%00", "/newsroom/login?handler=Nope",
        })
        {
            await CheckAsync("GET", target, [cookie], failures);
        }

        foreach (var method in new[] { "TRACE", "PROPFIND", "PUT", "DELETE" })
        {
            await CheckAsync(method, site.UrlFor["/newsroom/articles/{id}"], [cookie], failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of the requests got a 5xx:\n{string.Join('\n', failures)}");
    }

    [Theory]
    [InlineData("TRACE", 405)]
    [InlineData("PUT", 405)]
    [InlineData("PROPFIND", 405)]
    public async Task A_method_a_page_has_no_handler_for_is_refused_with_allow(string method, int status)
    {
        var answer = await RawHttp.SendAsync(site.Server.BaseAddress, method, site.UrlFor["/news/{slug}"]);

        Assert.Equal(status, answer.Status);
        Assert.Equal("GET, HEAD, OPTIONS", answer.Header("Allow"));
    }

    [Fact]
    public async Task Options_says_which_methods_a_page_allows()
    {
        var answer = await RawHttp.SendAsync(site.Server.BaseAddress, "OPTIONS", "/newsroom/login");

        Assert.Equal(204, answer.Status);
        Assert.Equal("GET, HEAD, OPTIONS, POST", answer.Header("Allow"));
    }

    [Theory]
    [InlineData("/newsroom/reset-password?user=abc&token=x")]
    [InlineData("/newsroom/invitation?user=abc&token=x")]
    [InlineData("/newsroom/invitation?user=99999999999999999999999&token=x")]
    public async Task A_mangled_link_is_a_link_that_no_longer_works(string link)
    {
        using var response = await site.Server.Client.GetAsync(link, TestContext.Current.CancellationToken);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("link is invalid, has expired or was already used", page.Body!.TextContent, StringComparison.Ordinal);
    }

    private async Task CheckAsync(string method, string target, string[] headers, List<string> failures)
    {
        var answer = await RawHttp.SendAsync(site.Server.BaseAddress, method, target, headers);
        if (answer.Status >= 500)
        {
            failures.Add($"{method} {target} {string.Join(" | ", headers.Select(h => h.Length > 60 ? h[..60] + "…" : h))} → {answer.Status}");
        }
    }
}
