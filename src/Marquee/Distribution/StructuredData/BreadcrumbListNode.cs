using System.Text.Json;
using Marquee.Content;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>Home › Section › Headline (or Home › Tag, Home › Author), as search results show a page's place.</summary>
public sealed class BreadcrumbListNode : IJsonLdNode
{
    public bool Describes(PageMeta page) => page.Trail.Count > 0;

    public void Write(Utf8JsonWriter json, PageMeta page, SiteUrls urls)
    {
        json.WriteString("@type", "BreadcrumbList");
        json.WriteStartArray("itemListElement");
        var trail = page.Trail.Prepend(new Breadcrumb("Home", "/")).ToList();
        for (var i = 0; i < trail.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            json.WriteString("name", trail[i].Name);
            json.WriteString("item", urls.Absolute(trail[i].Path));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
