namespace Marquee.Platform;

/// <summary>What the public site calls itself; used in titles, share links and canonical URLs.</summary>
public sealed class SiteOptions : ICheckedOptions
{
    public const string Section = "Marquee:Site";

    public string Name { get; set; } = "Marquee";

    public string Tagline { get; set; } = "Entertainment news, celebrities and red-carpet coverage";

    /// <summary>
    /// The site's origin (scheme, host, optional port) for every absolute URL and mailed link; empty (development)
    /// means the request's own, which only loopback and listened-on host names may then set (Platform/Origin).
    /// </summary>
    public string BaseUrl { get; set; } = "";

    public int PageSize { get; set; } = 20;

    /// <summary>The publisher logo in structured data: a PNG, because Google does not accept SVG logos.</summary>
    public string LogoPath { get; set; } = "/logo.png";

    /// <summary>The zone readers are told times in (an IANA name): "Nov 19, 2017, 8:04 PM PST" (<see cref="ReaderTimes"/>).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary><see cref="TimeZone"/> itself; <see cref="Problem"/> has made sure it exists.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The configured BaseUrl as a URI (checked at start by <see cref="Problem"/>), or null when none is configured.</summary>
    public Uri? BaseUri => BaseUrl.Length == 0 ? null : new Uri(BaseUrl, UriKind.Absolute);

    /// <summary>What is wrong with these settings, or null: a BaseUrl that is not an origin would make every link wrong.</summary>
    public string? Problem() =>
        BaseUrl.Length != 0 && !IsOrigin(BaseUrl)
            ? $"Marquee:Site:BaseUrl '{BaseUrl}' must be the site's address: http or https, a host and optionally a port, no path (such as https://news.example.com)."
            : !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _)
            ? $"Marquee:Site:TimeZone '{TimeZone}' is not a time zone this machine knows: use an IANA name such as America/Los_Angeles or Europe/London."
            : null;

    private static bool IsOrigin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
}
