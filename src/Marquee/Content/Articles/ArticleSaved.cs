namespace Marquee.Content.Articles;

/// <summary>What a save did, and the version the article is at now (the editor bases its next save on it).</summary>
public sealed record ArticleSaved(SaveOutcome Outcome, long ArticleId, int Version);
