using System.Text.Json;
using Marquee.Content;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>Home describes the newsroom behind the site, which search engines show as its knowledge panel.</summary>
public sealed class OrganizationNode : IJsonLdNode
{
    public bool Describes(PageMeta page) => page.IsHome;

    public void Write(Utf8JsonWriter json, PageMeta page, SiteUrls urls) => Publisher.WriteProperties(json, urls);
}
