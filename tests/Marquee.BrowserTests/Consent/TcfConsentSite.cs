using Marquee.BrowserTests.Infrastructure;

namespace Marquee.BrowserTests.Consent;

/// <summary>The consent site with an IAB TCF v2.2 CMP (the tag server's stub) asking in place of Marquee's banner, counted as a refusal after 2 s of silence.</summary>
public sealed class TcfConsentSite : ConsentSite
{
    protected override void Configure(MarqueeServer server, TagServer tags)
    {
        server.Settings["Marquee:Consent:TcfCmpUrl"] = tags.Url("/cmp.js");
        server.Settings["Marquee:Consent:DecisionTimeoutSeconds"] = "2";
    }
}
