using System.Text.Json;
using Marquee.Content;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>
/// One schema.org thing a page can be about. A new kind of page (an ImageGallery when galleries land) is
/// one more implementation registered in DistributionDesk; the layout and the escaping stay as they are.
/// </summary>
public interface IJsonLdNode
{
    bool Describes(PageMeta page);

    /// <summary>Writes the thing's properties, <c>@type</c> first, into the document JsonLd has opened.</summary>
    void Write(Utf8JsonWriter json, PageMeta page, SiteUrls urls);
}
