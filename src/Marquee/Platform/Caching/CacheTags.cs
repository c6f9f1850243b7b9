using System.Globalization;

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

    private const string TagPrefix = "tag-";
    private const string AuthorPrefix = "author-";

    public static string Tag(long id) => $"{TagPrefix}{id}";

    public static string Author(long id) => $"{AuthorPrefix}{id}";

    /// <summary>The tag or section id a <see cref="Tag"/> cache tag names, or null for any other cache tag.</summary>
    public static long? TagIdOf(string cacheTag) => IdAfter(TagPrefix, cacheTag);

    /// <summary>The author id an <see cref="Author"/> cache tag names, or null for any other cache tag.</summary>
    public static long? AuthorIdOf(string cacheTag) => IdAfter(AuthorPrefix, cacheTag);

    public static string StaticPage(long id) => $"page-{id}";

    /// <summary>Pages showing a library photo: evicted when its metadata changes or its licence ends.</summary>
    public static string Photo(long id) => $"photo-{id}";

    /// <summary>Pages that depend on which article a slug names (a gallery embed after a rename): evicted when an article takes that slug.</summary>
    public static string Slug(string slug) => $"slug-{slug}";

    /// <summary>The id a cache tag names after <paramref name="prefix"/>, or null for a tag of another kind: how each desk reads its own tags back.</summary>
    public static long? IdAfter(string prefix, string cacheTag) =>
        cacheTag.StartsWith(prefix, StringComparison.Ordinal)
        && long.TryParse(cacheTag.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
