using System.Text.RegularExpressions;
using Marquee.Content.Articles;
using Marquee.Content.StaticPages;

namespace Marquee.Import.Ghost;

/// <summary>
/// Links inside Ghost bodies to the Ghost site itself. Ghost 4+ writes its own origin as <c>__GHOST_URL__</c>: a link to a
/// post or page of the same export becomes that story's or page's path here (Ghost's <c>/{slug}/</c> is no Marquee URL),
/// and any other becomes a path on this site, so no link is left pointing at the placeholder.
/// </summary>
internal sealed partial class GhostLinks(IReadOnlyDictionary<string, string> pathsBySlug)
{
    public static GhostLinks Of(IEnumerable<(string Slug, bool IsPage)> items) =>
        new(items.DistinctBy(i => i.Slug).ToDictionary(i => i.Slug, i => i.IsPage ? StaticPage.PathOf(i.Slug) : ArticlePaths.Of(ArticleKind.Story, i.Slug), StringComparer.Ordinal));

    public string Rewrite(string body) => SiteLink().Replace(body, link =>
        pathsBySlug.TryGetValue(link.Groups["slug"].Value, out var path)
            ? path + link.Groups["rest"].Value
            : link.Groups["path"].Value is { Length: > 0 } other ? other : "/");

    /// <summary>The placeholder, then its path: a one-segment path (a post's or page's slug, its query and fragment kept) is told apart.</summary>
    [GeneratedRegex("""__GHOST_URL__(?<path>(?:/(?<slug>[a-z0-9][a-z0-9-]*)/?(?<rest>[?#][^"'\s<>)]*)?(?=["'\s<>)]|$))|[^"'\s<>)]*)""")]
    private static partial Regex SiteLink();
}
