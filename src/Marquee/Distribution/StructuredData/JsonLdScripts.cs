using Marquee.Content;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>One <c>application/ld+json</c> script per schema.org thing the page is about.</summary>
public sealed class JsonLdScripts(IEnumerable<IJsonLdNode> nodes) : IStructuredData
{
    public IEnumerable<JsonLdScript> ScriptsFor(PageMeta page, SiteUrls urls) =>
        nodes.Where(node => node.Describes(page)).Select(node => JsonLd.Write(json => node.Write(json, page, urls)));
}
