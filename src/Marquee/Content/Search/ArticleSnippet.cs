namespace Marquee.Content.Search;

/// <summary>An engine's snippet of one article, as its snippet query returns it.</summary>
public sealed record ArticleSnippet(long ArticleId, string Text);
