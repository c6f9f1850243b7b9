using Marquee.Content.Articles;

namespace Marquee.Distribution.Feeds;

/// <summary>What a feed covers: the whole site, or one tag, section or author, with the cache tag its contents hang on.</summary>
public sealed record FeedScope(string Title, string Description, string PagePath, ArticleFilter Filter, string CacheTag);
