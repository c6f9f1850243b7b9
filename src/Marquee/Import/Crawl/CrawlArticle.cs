using Marquee.Content.Articles;

namespace Marquee.Import.Crawl;

/// <summary>What the extractor recovered from a crawled page, before it becomes Marquee records.</summary>
internal sealed record CrawlArticle(
    CrawlHeader Header,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Paragraphs,
    FeatureImage? Photo,
    IReadOnlyList<string> Tags);
