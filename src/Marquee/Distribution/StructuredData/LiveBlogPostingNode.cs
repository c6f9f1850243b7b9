using System.Text.Json;
using Marquee.Content;
using Marquee.Content.Live;
using Marquee.Distribution.Feeds;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>
/// A live story's page as Google's LiveBlogPosting (the properties Google asks for are listed in decision 0072):
/// coverage start and end, the story's bylines, photo and publisher, and its newest entries as liveBlogUpdate.
/// </summary>
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
        json.WriteString("dateModified", FeedDates.Rfc3339(live.RecentUpdates.Select(e => e.LastChanged).Append(article.LastChanged).Max()));
        // Google asks for the start of coverage; a story whose coverage has not begun says when it was published.
        json.WriteString("coverageStartTime", FeedDates.Rfc3339(live.CoverageStartedAt ?? article.PublishedAt!.Value));
        // Running coverage has no end to tell yet: an invented one would tell Google the story stopped being live.
        if (live.CoverageEndedAt is { } ended)
        {
            json.WriteString("coverageEndTime", FeedDates.Rfc3339(ended));
        }

        NewsArticleNode.WriteAuthors(json, article.Authors, urls);
        NewsArticleNode.WriteImage(json, article.Image, page.PhotoCrops, urls);
        NewsArticleNode.WritePublisherAndPage(json, page, urls);
        json.WriteStartArray("liveBlogUpdate");
        foreach (var entry in live.RecentUpdates)
        {
            WriteUpdate(json, entry, url, article.Headline, urls);
        }

        json.WriteEndArray();
    }

    private static void WriteUpdate(Utf8JsonWriter json, LiveEntryView entry, string storyUrl, string storyHeadline, SiteUrls urls)
    {
        json.WriteStartObject();
        json.WriteString("@type", "BlogPosting");
        json.WriteString("headline", entry.Headline(storyHeadline));
        // An anchor on the story's URL, never a query: the entry lives on the story's page.
        json.WriteString("url", $"{storyUrl}#{entry.Anchor}");
        json.WriteString("datePublished", FeedDates.Rfc3339(entry.CreatedAt));
        json.WriteString("dateModified", FeedDates.Rfc3339(entry.LastChanged));
        json.WriteString("articleBody", LiveEntryText.Of(entry.BodyHtml));
        if (entry.Authors.Count > 0)
        {
            NewsArticleNode.WriteAuthors(json, entry.Authors, urls);
        }

        json.WriteEndObject();
    }
}
