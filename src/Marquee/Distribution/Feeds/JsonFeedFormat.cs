using System.Text.Json;
using Marquee.Content;

namespace Marquee.Distribution.Feeds;

/// <summary>JSON Feed 1.1 (jsonfeed.org): the same stories for readers and apps that prefer JSON.</summary>
public sealed class JsonFeedFormat : IFeedFormat
{
    public string Segment => "feed.json";

    public string MediaType => "application/feed+json; charset=utf-8";

    public string Label => "JSON Feed";

    public void Write(FeedDocument feed, Stream output)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("version", "https://jsonfeed.org/version/1.1");
        json.WriteString("title", feed.Title);
        json.WriteString("description", feed.Description);
        json.WriteString("home_page_url", feed.PageUrl);
        json.WriteString("feed_url", feed.FeedUrl(Segment));
        json.WriteString("language", "en");
        if (feed.Hub is not null)
        {
            json.WriteStartArray("hubs");
            json.WriteStartObject();
            json.WriteString("type", "WebSub");
            json.WriteString("url", feed.Hub);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            WriteItem(json, feed, item);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, FeedDocument feed, FeedItem item)
    {
        var url = feed.ArticleUrl(item);
        json.WriteStartObject();
        json.WriteString("id", url);
        json.WriteString("url", url);
        json.WriteString("title", item.Headline);
        if (feed.FullContent)
        {
            json.WriteString("content_html", item.BodyHtml);
        }
        else
        {
            json.WriteString("content_text", item.Summary ?? item.Headline);
        }

        if (item.Summary is not null)
        {
            json.WriteString("summary", item.Summary);
        }

        if (feed.AbsoluteImageUrl(item) is { } image)
        {
            json.WriteString("image", image);
        }

        json.WriteString("date_published", FeedDates.Rfc3339(item.PublishedAt));
        json.WriteString("date_modified", FeedDates.Rfc3339(item.LastChanged));
        json.WriteStartArray("authors");
        foreach (var author in item.Authors)
        {
            json.WriteStartObject();
            json.WriteString("name", author.Name);
            json.WriteString("url", feed.SiteUrl + TaxonomyPaths.Author(author.Slug));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tags");
        foreach (var tag in item.Tags)
        {
            json.WriteStringValue(tag.Name);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
