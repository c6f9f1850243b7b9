namespace Marquee.Tests.Platform;

/// <summary>Without Site:BaseUrl, a host name the server was told to listen on (--urls) is answered and echoed in its links, as loopback is.</summary>
public sealed class ListenedNameTests : IAsyncLifetime
{
    private const string Name = "marquee.test";

    private readonly MarqueeServer _server = new();

    public ValueTask InitializeAsync()
    {
        // Kestrel binds a named host on every interface: the name survives only in the configured address.
        _server.Settings["urls"] = $"http://127.0.0.1:0;http://{Name}:0";
        return _server.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_name_in_urls_is_answered_with_its_own_origin_and_others_are_refused()
    {
        var host = $"{Name}:{_server.BaseAddress.Port}";

        var named = await OriginSurfaces.GetAsync(_server, "/robots.txt", host);
        var other = await OriginSurfaces.GetAsync(_server, "/robots.txt", "other.test");

        Assert.Equal(HttpStatusCode.OK, named.Status);
        Assert.Contains($"Sitemap: http://{host}/sitemap.xml", named.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, other.Status);
    }
}
