using Microsoft.Extensions.Options;

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
    [InlineData("Marquee:Media:MaxUploadMegabytes", "0", "Marquee:Media:MaxUploadMegabytes, MaxMegapixels, MaxGifFrames, RenditionAttempts, RenditionRetrySeconds and UnclaimedFileGraceSeconds must be positive, DecodeSlots 0 or more.")]
    [InlineData("Marquee:Media:RenditionRetrySeconds", "0", "Marquee:Media:MaxUploadMegabytes, MaxMegapixels, MaxGifFrames, RenditionAttempts, RenditionRetrySeconds and UnclaimedFileGraceSeconds must be positive, DecodeSlots 0 or more.")]
    [InlineData("Marquee:Media:UnclaimedFileGraceSeconds", "0", "Marquee:Media:MaxUploadMegabytes, MaxMegapixels, MaxGifFrames, RenditionAttempts, RenditionRetrySeconds and UnclaimedFileGraceSeconds must be positive, DecodeSlots 0 or more.")]
    [InlineData("Marquee:Newsroom:PasskeyDomain", "https://example.com", "Marquee:Newsroom:PasskeyDomain 'https://example.com' must be a host name such as newsroom.example.com (no scheme, port or path).")]
    [InlineData("Marquee:Newsroom:TimeZone", "Europe/Atlantis", "Marquee:Newsroom:TimeZone 'Europe/Atlantis' is not a time zone this machine knows: use an IANA name such as Europe/London or America/New_York.")]
    [InlineData("Marquee:Site:TimeZone", "America/Hollywood", "Marquee:Site:TimeZone 'America/Hollywood' is not a time zone this machine knows: use an IANA name such as America/Los_Angeles or Europe/London.")]
    [InlineData("Marquee:Site:BaseUrl", "news.example.com", "Marquee:Site:BaseUrl 'news.example.com' must be the site's address: http or https, a host and optionally a port, no path (such as https://news.example.com).")]
    [InlineData("Marquee:Site:BaseUrl", "https://example.com/news", "Marquee:Site:BaseUrl 'https://example.com/news' must be the site's address: http or https, a host and optionally a port, no path (such as https://news.example.com).")]
    [InlineData("Marquee:ForwardedHeaders:KnownProxies", "10.0.0.5, proxy.internal", "Marquee:ForwardedHeaders:KnownProxies: 'proxy.internal' is not an IP address (such as 10.0.0.5).")]
    [InlineData("Marquee:ForwardedHeaders:KnownNetworks", "10.0.0.0/33", "Marquee:ForwardedHeaders:KnownNetworks: '10.0.0.0/33' is not a network in CIDR notation (such as 10.0.0.0/8).")]
    [InlineData("Marquee:Hsts:MaxAge", "-1.00:00:00", "Marquee:Hsts:MaxAge '-1.00:00:00' must be zero or more (such as 365.00:00:00).")]
    [InlineData("Marquee:Http:MaxQueryStringBytes", "10", "Marquee:Http:MaxQueryStringBytes '10' must be 256 or more.")]
    [InlineData("Marquee:Http:UncachedRequestsPerMinute", "-1", "Marquee:Http:UncachedRequestsPerMinute '-1' must be 0 (no limit) or more.")]
    [InlineData("Marquee:Security:ContentSecurityPolicy:ScriptSources", "'unsafe-inline'", "Marquee:Security:ContentSecurityPolicy:ScriptSources ''unsafe-inline'' must be sources separated by spaces (https://ads.example.com https:), without ; , or quotes.")]
    [InlineData("Marquee:Security:ContentSecurityPolicy:FrameSources", "https://a.example; script-src *", "Marquee:Security:ContentSecurityPolicy:FrameSources 'https://a.example; script-src *' must be sources separated by spaces (https://ads.example.com https:), without ; , or quotes.")]
    [InlineData("Marquee:Consent:PolicyVersion", "two words", "Marquee:Consent:PolicyVersion 'two words' must be 1 to 32 letters, digits, '.', '-' or '_' (it is kept in the consent cookie).")]
    [InlineData("Marquee:Consent:DecisionTimeoutSeconds", "0", "Marquee:Consent:DecisionTimeoutSeconds '0' must be between 1 and 600.")]
    [InlineData("Marquee:Consent:AnalyticsTagUrl", "javascript:alert(1)", "Marquee:Consent:AnalyticsTagUrl 'javascript:alert(1)' must be an absolute http or https URL of a script (or empty for none).")]
    [InlineData("Marquee:Consent:AnalyticsTagUrl", "//cdn.example.com/a.js", "Marquee:Consent:AnalyticsTagUrl '//cdn.example.com/a.js' must be an absolute http or https URL of a script (or empty for none).")]
    [InlineData("Marquee:Consent:PrivacyChoicesUrl", "javascript:x", "Marquee:Consent:PrivacyChoicesUrl 'javascript:x' must be an http(s) URL or a path on this site starting with /.")]
    [InlineData("Marquee:Consent:AdChoicesUrl", "//evil.example", "Marquee:Consent:AdChoicesUrl '//evil.example' must be an http(s) URL or a path on this site starting with /.")]
    [InlineData("Marquee:Ads:TagUrl", "ads.example.com/tag.js", "Marquee:Ads:TagUrl 'ads.example.com/tag.js' must be an absolute http or https URL of a script (or empty for none).")]
    [InlineData("Marquee:Ads:HouseAd:ImagePath", "https://cdn.example.com/h.png", "Marquee:Ads:HouseAd:ImagePath 'https://cdn.example.com/h.png' must be a path on this site starting with / (a house ad needs no third party).")]
    [InlineData("Marquee:Ads:Slots:Top Banner:Sizes:0", "728x90", "Marquee:Ads:Slots:Top Banner: a slot's name must be lower-case letters, digits and '-' (it names the slot in data-ad-slot and CSS).")]
    [InlineData("Marquee:Ads:Slots:top:Sizes:768", "728x90", "Marquee:Ads:Slots:top:Sizes must start at width 0 (Sizes:0), so every screen reserves the slot's height.")]
    [InlineData("Marquee:Ads:Slots:top:Sizes:0", "728 by 90", "Marquee:Ads:Slots:top:Sizes:0 '728 by 90' must be sizes such as 300x250,320x50 (each side 1 to 2000).")]
    public void A_setting_that_cannot_work_stops_the_start(string key, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Program.BuildApp([], new Dictionary<string, string?> { [key] = value }));

        Assert.Equal(message, error.Message);
    }
}
