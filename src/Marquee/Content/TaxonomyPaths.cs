using Marquee.Content.Tags;

namespace Marquee.Content;

/// <summary>
/// The public paths of an author's, a tag's and a section's page, the one place the site spells them: pages, cards,
/// feeds, sitemaps, structured data, WebSub topics and the Content API all ask here. A feed is its page's path plus the format's segment.
/// </summary>
public static class TaxonomyPaths
{
    public static string Author(string slug) => $"/author/{slug}";

    public static string Section(string slug) => $"/section/{slug}";

    /// <summary>Sections live under /section/, every other kind under /tag/.</summary>
    public static string Tag(string slug, TagKind kind) => kind == TagKind.Section ? Section(slug) : $"/tag/{slug}";
}
