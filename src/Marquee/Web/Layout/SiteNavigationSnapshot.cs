using Marquee.Platform.Caching;

namespace Marquee.Web.Layout;

/// <summary>
/// The navigation in memory: saving a section or a static page touches <see cref="CacheTags.Site"/>,
/// which drops it here as it empties the page cache.
/// </summary>
public sealed class SiteNavigationSnapshot : TaggedSnapshot<SiteNavigation>
{
    protected override IEnumerable<string> TagsOf(SiteNavigation value) => [CacheTags.Site];
}
