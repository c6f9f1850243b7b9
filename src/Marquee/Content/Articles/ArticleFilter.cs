namespace Marquee.Content.Articles;

/// <summary>
/// Which published articles a list shows. <c>ExceptLeadingTopStories</c> leaves out the newest that many top stories,
/// which the home page shows above its list, on every page of it (so paging neither skips nor repeats a story).
/// <c>Kind</c> keeps one kind of article (the home page's Galleries rail).
/// </summary>
public sealed record ArticleFilter(long? TagId = null, long? AuthorId = null, bool TopStoriesOnly = false, int ExceptLeadingTopStories = 0, ArticleKind? Kind = null)
{
    public static readonly ArticleFilter All = new();
}
