using Marquee.Content;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;
using Marquee.Platform;
using Marquee.Platform.Origin;
using Microsoft.Extensions.Options;

namespace Marquee.Web.Layout;

/// <summary>The navigation and footer around every public page.</summary>
public sealed class SiteChrome(TagQueries tags, StaticPageQueries pages, SiteNavigationSnapshot navigation, SiteOrigin origin, IOptions<SiteOptions> options)
{
    private const int SectionsInNavigation = 8;

    public SiteOptions Site => options.Value;

    public Task<SiteNavigation> NavigationAsync(CancellationToken cancellationToken) =>
        navigation.GetAsync(ReadNavigationAsync, cancellationToken);

    private async Task<SiteNavigation> ReadNavigationAsync(CancellationToken cancellationToken) =>
        new(await tags.NavigationSectionsAsync(SectionsInNavigation, cancellationToken), await pages.FooterLinksAsync(cancellationToken));

    /// <summary>An absolute URL for canonical links and share buttons.</summary>
    public string Absolute(HttpRequest request, string path) => UrlsFor(request).Origin + path;

    public SiteUrls UrlsFor(HttpRequest request) => new(origin.For(request), Site);
}
