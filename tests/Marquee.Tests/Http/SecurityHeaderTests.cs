namespace Marquee.Tests.Http;

/// <summary>
/// Every answer — each GET route on the demo content, rendered and then from the page cache, static files, the
/// favicon and an error page — carries a Content-Security-Policy that denies by default and forbids framing,
/// nosniff, a Referrer-Policy and a Permissions-Policy; the newsroom's policy allows only its own scripts and styles.
/// </summary>
public sealed class SecurityHeaderTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task Every_answer_carries_the_security_headers_cache_hits_included()
    {
        var urls = site.UrlFor.Values.Concat(["/nowhere", "/css/site.css", "/favicon.ico", "/js/gallery.js"]);
        var problems = new List<string>();
        foreach (var url in urls)
        {
            // The second request is a page-cache hit for public pages: the headers must not depend on a render.
            for (var attempt = 1; attempt <= 2; attempt++)
            {
                using var response = await site.ClientFor(url).GetAsync(url, TestContext.Current.CancellationToken);
                problems.AddRange(Problems($"GET {url} ({attempt})", response, url));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_newsroom_allows_only_its_own_scripts_styles_and_fetches()
    {
        using var response = await site.Administrator.GetAsync(site.UrlFor["/newsroom/articles/{id}"]);
        var policy = Directives(Header(response, "Content-Security-Policy"));

        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
    }

    private static IEnumerable<string> Problems(string request, HttpResponseMessage response, string url)
    {
        var policy = Header(response, "Content-Security-Policy");
        var directives = Directives(policy);
        // The tip line runs only its own scripts and sends no referrer (decisions 0066, 0077); a preview sends none either.
        var tipLine = url.StartsWith("/tips", StringComparison.Ordinal);
        var referrer = tipLine || url.StartsWith("/preview/", StringComparison.Ordinal) ? "no-referrer" : "strict-origin-when-cross-origin";
        var expectations = new (bool Holds, string Problem)[]
        {
            (directives.GetValueOrDefault("default-src") == "'none'", "CSP does not deny by default"),
            (directives.GetValueOrDefault("frame-ancestors") == "'none'", "CSP lets any page frame it"),
            (tipLine ? directives.GetValueOrDefault("script-src") == "'self'" : directives.GetValueOrDefault("script-src")?.StartsWith("'self'", StringComparison.Ordinal) == true, "CSP has no script-src 'self'"),
            (!policy.Contains("unsafe", StringComparison.Ordinal), $"CSP allows something unsafe: {policy}"),
            (Header(response, "X-Content-Type-Options") == "nosniff", "no X-Content-Type-Options: nosniff"),
            (Header(response, "Referrer-Policy") == referrer, $"Referrer-Policy '{Header(response, "Referrer-Policy")}', not {referrer}"),
            (Header(response, "Permissions-Policy").Contains("camera=()", StringComparison.Ordinal), "no Permissions-Policy turning off the camera"),
        };
        return expectations.Where(e => !e.Holds).Select(e => $"{request} → {(int)response.StatusCode}: {e.Problem}");
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
