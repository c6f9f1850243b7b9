using System.Text.Json;
using Marquee.Content;
using Marquee.Content.Galleries;
using Marquee.Distribution.Feeds;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>A gallery's pages as schema.org's ImageGallery: its title, dates and bylines, and every photo it shows as an ImageObject with caption and credit.</summary>
public sealed class ImageGalleryNode : IJsonLdNode
{
    public bool Describes(PageMeta page) => page.Article is not null && page.Gallery is not null;

    public void Write(Utf8JsonWriter json, PageMeta page, SiteUrls urls)
    {
        var gallery = page.Article!;
        json.WriteString("@type", "ImageGallery");
        json.WriteString("name", gallery.Headline);
        json.WriteString("url", urls.Absolute(gallery.Path));
        NewsArticleNode.WriteIfPresent(json, "description", page.Description);
        json.WriteString("datePublished", FeedDates.Rfc3339(gallery.PublishedAt!.Value));
        json.WriteString("dateModified", FeedDates.Rfc3339(gallery.LastChanged));
        NewsArticleNode.WriteAuthors(json, gallery.Authors, urls);
        json.WriteStartObject("publisher");
        Publisher.WriteProperties(json, urls);
        json.WriteEndObject();
        json.WriteStartArray("associatedMedia");
        foreach (var shown in page.Gallery!)
        {
            WriteImage(json, shown, urls);
        }

        json.WriteEndArray();
    }

    private static void WriteImage(Utf8JsonWriter json, GalleryPhoto shown, SiteUrls urls)
    {
        json.WriteStartObject();
        json.WriteString("@type", "ImageObject");
        json.WriteString("contentUrl", urls.Absolute(GalleryImages.JpegUrl(shown.Photo)));
        NewsArticleNode.WriteIfPresent(json, "caption", shown.Caption ?? shown.Photo.AltText);
        NewsArticleNode.WriteIfPresent(json, "creditText", shown.Credit);
        json.WriteEndObject();
    }
}
