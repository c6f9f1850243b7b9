using System.Text.Json;
using Marquee.Content;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>Home also describes the site itself, so search engines show its name rather than its host.</summary>
public sealed class WebSiteNode : IJsonLdNode
{
    public bool Describes(PageMeta page) => page.IsHome;

    public void Write(Utf8JsonWriter json, PageMeta page, SiteUrls urls)
    {
        json.WriteString("@type", "WebSite");
        json.WriteString("name", urls.Site.Name);
        json.WriteString("description", urls.Site.Tagline);
        json.WriteString("url", urls.Absolute("/"));
    }
}
