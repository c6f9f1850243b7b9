using Marquee.Content;

namespace Marquee.Web.Layout;

/// <summary>Lets desks above Web (Distribution's JSON-LD) describe every page to search engines without the layout knowing schema.org.</summary>
public interface IStructuredData
{
    IEnumerable<JsonLdScript> ScriptsFor(PageMeta page, SiteUrls urls);
}
