using Marquee.BrowserTests.Infrastructure;

namespace Marquee.BrowserTests.Consent;

/// <summary>The demo with an analytics tag, an ad server's tag (both on a third-party origin, the tag server), house ads and three slots.</summary>
public class ConsentSite : IAsyncLifetime
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
        server.Settings["Marquee:Ads:TagUrl"] = _tags.Url("/ad.js");
        server.Settings["Marquee:Ads:FillTimeoutSeconds"] = "2";
        server.Settings["Marquee:Ads:HouseAd:ImagePath"] = "/demo/house-ad.svg";
        server.Settings["Marquee:Ads:HouseAd:Text"] = "Advertise on Marquee";
        foreach (var (name, position, sizes) in new[] { ("leaderboard", "Leaderboard", "728x90"), ("rail", "Rail", "300x250"), ("in-article", "InArticle", "300x250") })
        {
            server.Settings[$"Marquee:Ads:Slots:{name}:Position"] = position;
            server.Settings[$"Marquee:Ads:Slots:{name}:AfterParagraph"] = "2";
            server.Settings[$"Marquee:Ads:Slots:{name}:Sizes:0"] = sizes;
        }

        server.Settings["Marquee:Security:ContentSecurityPolicy:ScriptSources"] = _tags.Origin;
        Configure(server, _tags);
        _site = new DemoSite(server);
        await _site.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_tags is not null)
        {
            await _tags.DisposeAsync();
        }
    }

    /// <summary>What a variant of this site changes in its settings, knowing the tag server's addresses.</summary>
    protected virtual void Configure(MarqueeServer server, TagServer tags)
    {
    }
}
