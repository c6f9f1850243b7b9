using Marquee.Content;
using Marquee.Web.Layout;

namespace Marquee.Distribution.Feeds;

/// <summary>Feed autodiscovery: every page links the site's feeds; a tag, section or author page also links its own.</summary>
public sealed class FeedDiscovery(IEnumerable<IFeedFormat> formats) : IAlternateLinks
{
    public IEnumerable<AlternateLink> LinksFor(PageMeta page, string siteName)
    {
        foreach (var format in formats)
        {
            var type = format.MediaType.Split(';')[0];
            yield return new AlternateLink(type, $"{siteName} ({format.Label})", $"/{format.Segment}");
            if (page.FeedPath is not null)
            {
                yield return new AlternateLink(type, $"{page.Title} ({format.Label})", $"{page.FeedPath}/{format.Segment}");
            }
        }
    }
}
