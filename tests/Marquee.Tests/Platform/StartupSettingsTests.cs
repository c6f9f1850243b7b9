namespace Marquee.Tests.Platform;

/// <summary>Settings that cannot work stop the process at start, naming the key, instead of failing the first request that needs them.</summary>
public sealed class StartupSettingsTests
{
    [Theory]
    [InlineData("Marquee:OutputCache:EvictionLogPollMilliseconds", "0", "Marquee:OutputCache:EvictionLogPollMilliseconds '0' must be 10 or more.")]
    [InlineData("Marquee:OutputCache:NodeMemoryMegabytes", "-1", "Marquee:OutputCache:NodeMemoryMegabytes '-1' must be 0 (no memory tier) or more.")]
    [InlineData("Marquee:RedisPrefix", "two words", "Marquee:RedisPrefix 'two words' must be a non-empty prefix without spaces, such as 'marquee:'.")]
    [InlineData("Marquee:WebSub:Hub", "not a url", "Marquee:WebSub:Hub 'not a url' is not an absolute http or https URL.")]
    [InlineData("Marquee:Media:S3:ServiceUrl", "http://127.0.0.1:9000", "Marquee:Media:S3: ServiceUrl 'http://127.0.0.1:9000' must be an absolute URL and Bucket must be set.")]
    [InlineData("Marquee:Media:MaxUploadMegabytes", "0", "Marquee:Media:MaxUploadMegabytes, MaxMegapixels, MaxGifFrames, RenditionAttempts and RenditionRetrySeconds must be positive, DecodeSlots 0 or more.")]
    [InlineData("Marquee:Media:RenditionRetrySeconds", "0", "Marquee:Media:MaxUploadMegabytes, MaxMegapixels, MaxGifFrames, RenditionAttempts and RenditionRetrySeconds must be positive, DecodeSlots 0 or more.")]
    [InlineData("Marquee:Newsroom:PasskeyDomain", "https://example.com", "Marquee:Newsroom:PasskeyDomain 'https://example.com' must be a host name such as newsroom.example.com (no scheme, port or path).")]
    [InlineData("Marquee:Http:MaxQueryStringBytes", "10", "Marquee:Http:MaxQueryStringBytes '10' must be 256 or more.")]
    [InlineData("Marquee:Http:UncachedRequestsPerMinute", "-1", "Marquee:Http:UncachedRequestsPerMinute '-1' must be 0 (no limit) or more.")]
    [InlineData("Marquee:Security:ContentSecurityPolicy:ScriptSources", "'unsafe-inline'", "Marquee:Security:ContentSecurityPolicy:ScriptSources ''unsafe-inline'' must be sources separated by spaces (https://ads.example.com https:), without ; , or quotes.")]
    [InlineData("Marquee:Security:ContentSecurityPolicy:FrameSources", "https://a.example; script-src *", "Marquee:Security:ContentSecurityPolicy:FrameSources 'https://a.example; script-src *' must be sources separated by spaces (https://ads.example.com https:), without ; , or quotes.")]
    public void A_setting_that_cannot_work_stops_the_start(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Program.BuildApp([], new Dictionary<string, string?> { [key] = value }));

        Assert.Equal(message, error.Message);
    }
}
