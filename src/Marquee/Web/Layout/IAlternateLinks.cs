using Marquee.Content;

namespace Marquee.Web.Layout;

/// <summary>
/// Lets desks above Web (Distribution's feeds) announce themselves in every page's head without the
/// layout knowing them.
/// </summary>
public interface IAlternateLinks
{
    IEnumerable<AlternateLink> LinksFor(PageMeta page, string siteName);
}
