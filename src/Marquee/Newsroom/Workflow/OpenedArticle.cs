namespace Marquee.Newsroom.Workflow;

/// <summary>What an editor tab has open: the article, the version its form was filled from, and its edit lock token (if it holds one).</summary>
public sealed record OpenedArticle(long ArticleId, int Version, string? LockToken);
