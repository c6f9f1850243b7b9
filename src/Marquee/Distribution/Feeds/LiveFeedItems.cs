using Marquee.Content.Articles;
using Marquee.Content.Live;

namespace Marquee.Distribution.Feeds;

/// <summary>A live entry as a feed item: a place on its story's page, with its own bylines, times and, when it has one, its photo and credit.</summary>
internal static class LiveFeedItems
{
    public static FeedItem Of(ArticleDetail story, LiveEntryView entry, string siteUrl, DateTime now) =>
        new(entry.Id, story.Slug, entry.Headline(story.Headline), null, LiveEntryHtml.Body(entry, siteUrl, now), entry.CreatedAt, entry.LastChanged, entry.Authors, [], null, ArticleKind.Live)
        {
            Anchor = entry.Anchor,
        };
}
