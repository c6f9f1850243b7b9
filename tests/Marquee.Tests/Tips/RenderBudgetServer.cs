namespace Marquee.Tests.Tips;

/// <summary>A Marquee whose budget of uncached requests is 3 a minute per address: what a render costs shows.</summary>
public sealed class RenderBudgetServer : TipDeskServer
{
    public RenderBudgetServer() => Server.Settings["Marquee:Http:UncachedRequestsPerMinute"] = "3";
}
