using System.Text.Json;
using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Photos;
using Marquee.Content.Tags;
using Marquee.Distribution.Feeds;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>An article page as Google's NewsArticle: headline, dates, bylines with their pages, the photo with its credit, the publisher.</summary>
public sealed class NewsArticleNode : IJsonLdNode
{
    public bool Describes(PageMeta page) => page.Article is not null && page.Gallery is null && page.Live is null;

    public void Write(Utf8JsonWriter json, PageMeta page, SiteUrls urls)
    {
        var article = page.Article!;
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", article.Headline);
        if (page.Description is { } description)
        {
            json.WriteString("description", description);
        }

        json.WriteString("datePublished", FeedDates.Rfc3339(article.PublishedAt!.Value));
        json.WriteString("dateModified", FeedDates.Rfc3339(article.LastChanged));
        WriteCorrection(json, article.Correction);
        WriteAuthors(json, article.Authors, urls);
        WriteImage(json, article.Image, page.PhotoCrops, urls);
        WritePublisherAndPage(json, page, urls);
        if (article.Section is { } section)
        {
            json.WriteString("articleSection", section.Name);
        }

        WriteKeywords(json, article.Tags);
    }

    /// <summary>The publisher, and the page the article is the main thing of (its canonical URL).</summary>
    internal static void WritePublisherAndPage(Utf8JsonWriter json, PageMeta page, SiteUrls urls)
    {
        json.WriteStartObject("publisher");
        Publisher.WriteProperties(json, urls);
        json.WriteEndObject();
        json.WriteStartObject("mainEntityOfPage");
        json.WriteString("@type", "WebPage");
        json.WriteString("@id", urls.Absolute(page.CanonicalPath ?? page.Article!.Path));
        json.WriteEndObject();
    }

    internal static void WriteAuthors(Utf8JsonWriter json, IReadOnlyList<NamedLink> authors, SiteUrls urls)
    {
        json.WriteStartArray("author");
        foreach (var author in authors)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", author.Name);
            json.WriteString("url", urls.Absolute(TaxonomyPaths.Author(author.Slug)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The library photo's crops with their sizes (Google asks for several shapes), else the copied URL as it is.</summary>
    internal static void WriteImage(Utf8JsonWriter json, FeatureImage? image, IReadOnlyList<SizedImage> crops, SiteUrls urls)
    {
        if (image?.Url is not { } url)
        {
            return;
        }

        json.WriteStartArray("image");
        if (crops.Count == 0)
        {
            WriteImageObject(json, image, urls.Absolute(url), size: null);
        }

        foreach (var crop in crops)
        {
            WriteImageObject(json, image, urls.Absolute(crop.Url), crop);
        }

        json.WriteEndArray();
    }

    private static void WriteImageObject(Utf8JsonWriter json, FeatureImage image, string url, SizedImage? size)
    {
        json.WriteStartObject();
        json.WriteString("@type", "ImageObject");
        json.WriteString("url", url);
        if (size is not null)
        {
            json.WriteNumber("width", size.Width);
            json.WriteNumber("height", size.Height);
        }

        WriteIfPresent(json, "caption", image.Caption ?? image.Alt);
        WriteIfPresent(json, "creditText", image.ShownCredit);
        json.WriteEndObject();
    }

    /// <summary>schema.org's correction (a CorrectionComment) for corrections; an update is news, told by dateModified alone.</summary>
    private static void WriteCorrection(Utf8JsonWriter json, CorrectionNote? note)
    {
        if (note is not { Kind: CorrectionKind.Correction })
        {
            return;
        }

        json.WriteStartObject("correction");
        json.WriteString("@type", "CorrectionComment");
        json.WriteString("text", note.Text);
        if (note.NotedAt is { } noted)
        {
            json.WriteString("datePublished", FeedDates.Rfc3339(noted));
        }

        json.WriteEndObject();
    }

    private static void WriteKeywords(Utf8JsonWriter json, IReadOnlyList<TagLink> tags)
    {
        json.WriteStartArray("keywords");
        foreach (var tag in tags)
        {
            json.WriteStringValue(tag.Name);
        }

        json.WriteEndArray();
    }

    internal static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
