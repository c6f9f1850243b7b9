namespace Marquee.Content.Articles;

/// <summary>Which published articles a list shows.</summary>
public sealed record ArticleFilter(long? TagId = null, long? AuthorId = null, bool TopStoriesOnly = false)
{
    public static readonly ArticleFilter All = new();
}
