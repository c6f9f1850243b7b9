using System.Text.Json;
using Marquee.Content;
using Marquee.Content.Live;
using Marquee.Distribution.Feeds;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>A live story's page as Google's LiveBlogPosting: coverage start and end, and its newest entries as liveBlogUpdate.</summary>
public sealed class LiveBlogPostingNode : IJsonLdNode
{
    public bool Describes(PageMeta page) => page.Article is not null && page.Live is not null;

    public void Write(Utf8JsonWriter json, PageMeta page, SiteUrls urls)
    {
        var article = page.Article!;
        var live = page.Live!;
        var url = urls.Absolute(article.Path);
        json.WriteString("@type", "LiveBlogPosting");
        json.WriteString("@id", url);
        json.WriteString("url", url);
        json.WriteString("headline", article.Headline);
        NewsArticleNode.WriteIfPresent(json, "description", page.Description);
        json.WriteString("datePublished", FeedDates.Rfc3339(article.PublishedAt!.Value));
        json.WriteString("dateModified", FeedDates.Rfc3339(live.RecentUpdates.Select(e => e.EditedAt ?? e.CreatedAt).Append(article.LastChanged).Max()));
        // Google asks for the start of coverage; a story whose coverage has not begun says when it was published.
        json.WriteString("coverageStartTime", FeedDates.Rfc3339(live.CoverageStartedAt ?? article.PublishedAt!.Value));
        if (live.CoverageEndedAt is { } ended)
        {
            json.WriteString("coverageEndTime", FeedDates.Rfc3339(ended));
        }

        NewsArticleNode.WriteAuthors(json, article, urls);
        json.WriteStartObject("publisher");
        Publisher.WriteProperties(json, urls);
        json.WriteEndObject();
        json.WriteStartArray("liveBlogUpdate");
        foreach (var entry in live.RecentUpdates)
        {
            WriteUpdate(json, entry, url, article.Headline);
        }

        json.WriteEndArray();
    }

    private static void WriteUpdate(Utf8JsonWriter json, LiveEntryView entry, string storyUrl, string storyHeadline)
    {
        json.WriteStartObject();
        json.WriteString("@type", "BlogPosting");
        json.WriteString("headline", entry.Title ?? storyHeadline);
        json.WriteString("url", $"{storyUrl}#{entry.Anchor}");
        json.WriteString("datePublished", FeedDates.Rfc3339(entry.CreatedAt));
        if (entry.EditedAt is { } edited)
        {
            json.WriteString("dateModified", FeedDates.Rfc3339(edited));
        }

        json.WriteString("articleBody", LiveEntryText.Of(entry.BodyHtml));
        json.WriteEndObject();
    }
}
