namespace Marquee.Tests.Http;

/// <summary>Ad and embed origins are added to the public pages' policy by configuration, never to the newsroom's.</summary>
public sealed class ContentSecurityPolicySettingsTests : IClassFixture<ContentSecurityPolicySettingsTests.AdsServer>
{
    private readonly MarqueeServer _server;

    public ContentSecurityPolicySettingsTests(AdsServer ads) => _server = ads.Server;

    [Fact]
    public async Task Configured_sources_are_allowed_on_public_pages_only()
    {
        var home = await PolicyAsync("/");
        var newsroom = await PolicyAsync("/newsroom/login");

        Assert.Contains("script-src 'self' https://ads.example.com;", home, StringComparison.Ordinal);
        Assert.Contains("frame-src https://www.youtube-nocookie.com;", home, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' https://photos.example.com;", home, StringComparison.Ordinal);
        Assert.DoesNotContain("ads.example.com", newsroom, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-src", newsroom, StringComparison.Ordinal);
    }

    private async Task<string> PolicyAsync(string path)
    {
        using var response = await _server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        return string.Join(", ", response.Headers.GetValues("Content-Security-Policy"));
    }

    public sealed class AdsServer : IAsyncLifetime
    {
        public MarqueeServer Server { get; } = new()
        {
            Settings =
            {
                ["Marquee:Security:ContentSecurityPolicy:ScriptSources"] = "https://ads.example.com",
                ["Marquee:Security:ContentSecurityPolicy:FrameSources"] = "https://www.youtube-nocookie.com",
                ["Marquee:Security:ContentSecurityPolicy:ImageSources"] = "https://photos.example.com",
            },
        };

        public ValueTask InitializeAsync() => Server.InitializeAsync();

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
