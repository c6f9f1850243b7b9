using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Platform;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from configured proxies (by default loopback, as ASP.NET
/// Core does; the tests' client is 127.0.0.1): they set the client address rate limits count and the HTTPS that makes
/// the staff cookie Secure. A client that is not a configured proxy claims neither.
/// </summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private readonly MarqueeServer _behindProxy = new();

    private readonly MarqueeServer _direct = new();

    public async ValueTask InitializeAsync()
    {
        _behindProxy.Settings["Marquee:Newsroom:SignInAttemptsPerMinute"] = "2";
        _direct.Settings["Marquee:ForwardedHeaders:KnownProxies"] = "192.0.2.10";
        _direct.Settings["Marquee:ForwardedHeaders:KnownNetworks"] = "10.0.0.0/8";
        await _behindProxy.InitializeAsync();
        await _direct.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _behindProxy.DisposeAsync();
        await _direct.DisposeAsync();
    }

    [Fact]
    public async Task Https_from_a_configured_proxy_makes_the_staff_cookie_secure_and_host_prefixed_and_from_anyone_else_does_not()
    {
        using var proxied = await SignInAsync(_behindProxy, ("X-Forwarded-Proto", "https"));
        using var claimed = await SignInAsync(_direct, ("X-Forwarded-Proto", "https"));

        Assert.Equal(("__Host-marquee-staff", true, "max-age=31536000"), Transport(proxied));
        Assert.Equal(("marquee-staff", false, (string?)null), Transport(claimed));
    }

    [Fact]
    public async Task Behind_a_configured_proxy_rate_limits_count_each_forwarded_client_address()
    {
        var first = await AttemptsAsync(_behindProxy, "203.0.113.1", "203.0.113.1", "203.0.113.1");
        var second = await AttemptsAsync(_behindProxy, "203.0.113.2");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.BadRequest], second);
    }

    [Fact]
    public async Task A_client_that_is_not_a_configured_proxy_cannot_escape_the_rate_limit_by_naming_other_addresses()
    {
        await using var server = new MarqueeServer();
        server.Settings["Marquee:Newsroom:SignInAttemptsPerMinute"] = "2";
        server.Settings["Marquee:ForwardedHeaders:KnownProxies"] = "192.0.2.10";
        await server.InitializeAsync();

        var answers = await AttemptsAsync(server, "203.0.113.1", "203.0.113.2", "203.0.113.3");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task X_forwarded_host_is_never_believed_even_from_a_configured_proxy()
    {
        var story = await new TestContent(_behindProxy).ArticleAsync("Forwarded Host Story");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/news/{story.Slug}");
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        using var response = await _behindProxy.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>
    /// Reset-password submissions without a form token, each through a proxy naming a client: the rate limit counts
    /// them before antiforgery refuses them (400), so the first 429 shows which address they were counted under.
    /// </summary>
    private static async Task<List<HttpStatusCode>> AttemptsAsync(MarqueeServer server, params string[] clients)
    {
        var answers = new List<HttpStatusCode>();
        foreach (var client in clients)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/newsroom/forgot-password") { Content = new FormUrlEncodedContent([]) };
            request.Headers.Add("X-Forwarded-For", client);
            using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
            answers.Add(response.StatusCode);
        }

        return answers;
    }

    /// <summary>
    /// Signs in through the login form with extra headers on every request. Cookies travel by hand: an HTTP client
    /// would keep a Secure cookie from going back over the plain-HTTP hop between proxy and server.
    /// </summary>
    private static async Task<HttpResponseMessage> SignInAsync(MarqueeServer server, params (string Name, string Value)[] headers)
    {
        var email = await StaffSession.CreateUserAsync(server, StaffRole.Author);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/newsroom/login");
        using var form = await SendAsync(server, page, headers);
        var antiforgery = form.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]);
        var token = HtmlPage.Parse(await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var post = new HttpRequestMessage(HttpMethod.Post, "/newsroom/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = StaffSession.Password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgery));
        var signedIn = await SendAsync(server, post, headers);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return signedIn;
    }

    private static Task<HttpResponseMessage> SendAsync(MarqueeServer server, HttpRequestMessage request, (string Name, string Value)[] headers)
    {
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>The staff cookie's name, whether it is Secure, and the HSTS header of a sign-in's answer.</summary>
    private static (string Cookie, bool Secure, string? Hsts) Transport(HttpResponseMessage signedIn)
    {
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(cookie => cookie.Contains("marquee-staff=", StringComparison.Ordinal));
        var hsts = signedIn.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : null;
        return (cookie[..cookie.IndexOf('=', StringComparison.Ordinal)], cookie.Contains("; secure", StringComparison.Ordinal), hsts);
    }
}
