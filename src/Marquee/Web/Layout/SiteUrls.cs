using Marquee.Platform;

namespace Marquee.Web.Layout;

/// <summary>The site's options and the origin its absolute URLs start with (<see cref="Platform.Origin.SiteOrigin"/>).</summary>
public sealed record SiteUrls(string Origin, SiteOptions Site)
{
    /// <summary>A site path made absolute; a URL that already is absolute (an imported image) stays as it is.</summary>
    public string Absolute(string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? pathOrUrl
            : Origin + (pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);
}
