using Microsoft.Extensions.Options;

namespace Marquee.Platform.Origin;

/// <summary>
/// This site's origin, the one home of every absolute URL (canonical and share links, feeds, sitemaps, robots.txt,
/// APIs, mailed links): Site:BaseUrl, else the request's own scheme and host, which <see cref="HostCheck"/> has
/// already limited to names this site answers to, so a forged Host header never reaches a link.
/// </summary>
public sealed class SiteOrigin(IOptions<SiteOptions> options)
{
    /// <summary>The configured origin (Site:BaseUrl without a trailing slash), or null in development.</summary>
    public string? Configured { get; } = options.Value.BaseUri?.GetLeftPart(UriPartial.Authority);

    public string For(HttpRequest request) => Configured ?? $"{request.Scheme}://{request.Host}";
}
