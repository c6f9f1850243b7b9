namespace Marquee.Platform;

/// <summary>What the public site calls itself; used in titles, share links and canonical URLs.</summary>
public sealed class SiteOptions
{
    public string Name { get; set; } = "Marquee";

    public string Tagline { get; set; } = "Entertainment news, celebrities and red-carpet coverage";

    /// <summary>Absolute base URL for canonical links; empty means the request's own scheme and host.</summary>
    public string BaseUrl { get; set; } = "";

    public int PageSize { get; set; } = 20;

    /// <summary>The publisher logo in structured data: a PNG, because Google does not accept SVG logos.</summary>
    public string LogoPath { get; set; } = "/logo.png";
}
