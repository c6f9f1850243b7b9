using Marquee.BrowserTests.Infrastructure;

namespace Marquee.BrowserTests.Consent;

/// <summary>The demo with an analytics and an ad tag configured on a third-party origin (the tag server), as a site with consent to ask.</summary>
public sealed class ConsentSite : IAsyncLifetime
{
    public const string Story = "/news/pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears";

    private TagServer? _tags;
    private DemoSite? _site;

    public TagServer Tags => _tags!;

    public DemoSite Site => _site!;

    public async ValueTask InitializeAsync()
    {
        _tags = await TagServer.StartAsync();
        var server = new MarqueeServer();
        server.Settings["Marquee:Consent:AnalyticsTagUrl"] = _tags.Url("/analytics.js");
        server.Settings["Marquee:Consent:PolicyVersion"] = "2024-05";
        server.Settings["Marquee:Security:ContentSecurityPolicy:ScriptSources"] = _tags.Origin;
        _site = new DemoSite(server);
        await _site.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_tags is not null)
        {
            await _tags.DisposeAsync();
        }
    }
}
