namespace Marquee.Platform.Caching;

/// <summary>
/// Names for what a cached page shows. A page tags itself with everything it renders; a content
/// change evicts exactly those tags, nothing more.
/// </summary>
public static class CacheTags
{
    /// <summary>On every public page: evicting it empties the whole page cache.</summary>
    public const string Site = "site";

    public const string Home = "home";

    /// <summary>Touched by every content change: for views of the whole site, such as the Content API.</summary>
    public const string AnyContent = "content";

    /// <summary>The Latest News rail shown beside every article.</summary>
    public const string LatestRail = "latest";

    public static string Article(long id) => $"article-{id}";

    public static string Tag(long id) => $"tag-{id}";

    public static string Author(long id) => $"author-{id}";

    public static string StaticPage(long id) => $"page-{id}";

    /// <summary>Pages that answered 404 for a slug: evicted when something takes that slug.</summary>
    public static string Slug(string slug) => $"slug-{slug}";
}
