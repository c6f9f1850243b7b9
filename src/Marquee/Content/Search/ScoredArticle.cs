namespace Marquee.Content.Search;

/// <summary>A matching article and its score (relevance × freshness), as an engine's matching query returns it.</summary>
public sealed record ScoredArticle(long ArticleId, double Score);
