namespace Marquee.Content.Articles;

/// <summary>
/// Which published articles a list shows. <c>ExceptLeadingTopStories</c> leaves out the newest that many top stories,
/// which the home page shows above its list, on every page of it (so paging neither skips nor repeats a story).
/// </summary>
public sealed record ArticleFilter(long? TagId = null, long? AuthorId = null, bool TopStoriesOnly = false, int ExceptLeadingTopStories = 0)
{
    public static readonly ArticleFilter All = new();
}
