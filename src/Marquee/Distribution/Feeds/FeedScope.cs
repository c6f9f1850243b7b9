using Marquee.Content.Articles;

namespace Marquee.Distribution.Feeds;

/// <summary>
/// What a feed covers: the whole site, or one tag, section or author, with the cache tag its contents hang on.
/// <paramref name="FeedPath"/> is where its feeds live: "" for the site's (/rss), the page's path for the others (/tag/x/rss).
/// </summary>
public sealed record FeedScope(string Title, string Description, string PagePath, string FeedPath, ArticleFilter Filter, string CacheTag);
