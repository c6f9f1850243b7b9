using Marquee.Content;

namespace Marquee.Web.Layout;

/// <summary>Lets desks above Web (Distribution's OpenGraph and Twitter cards) add meta tags to every page's head.</summary>
public interface ISocialCards
{
    IEnumerable<MetaTag> TagsFor(PageMeta page, SiteUrls urls);
}
