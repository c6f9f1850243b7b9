using System.Text.Json;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>The site as a schema.org Organization: the home page's subject and every article's publisher.</summary>
internal static class Publisher
{
    public static void WriteProperties(Utf8JsonWriter json, SiteUrls urls)
    {
        json.WriteString("@type", "Organization");
        json.WriteString("name", urls.Site.Name);
        json.WriteString("url", urls.Absolute("/"));
        json.WriteStartObject("logo");
        json.WriteString("@type", "ImageObject");
        json.WriteString("url", urls.Absolute(urls.Site.LogoPath));
        json.WriteEndObject();
    }
}
