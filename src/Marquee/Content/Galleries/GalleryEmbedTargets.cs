using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Platform.Caching;

namespace Marquee.Content.Galleries;

/// <summary>The gallery each embedded slug names now (by the slug as the body wrote it); a slug naming none is absent.</summary>
public sealed class GalleryEmbedTargets(IReadOnlyDictionary<string, EmbeddedGallery> byEmbeddedSlug)
{
    public static readonly GalleryEmbedTargets None = new(new Dictionary<string, EmbeddedGallery>());

    public IReadOnlyDictionary<string, EmbeddedGallery> ByEmbeddedSlug => byEmbeddedSlug;

    /// <summary>The body as it travels off the site, each embed a link to its gallery's current URL.</summary>
    public string AsLinks(string bodyHtml) => GalleryEmbeds.AsLinks(bodyHtml, PathOf);

    /// <summary>
    /// What a copy showing <paramref name="bodyHtml"/>'s embeds depends on: each gallery named (a rename or any change of it),
    /// and each slug as written (another gallery taking it over).
    /// </summary>
    public IEnumerable<string> CacheTagsOf(string bodyHtml) => CacheTagsOf(GalleryEmbeds.SlugsIn(bodyHtml));

    public IEnumerable<string> CacheTagsOf(IEnumerable<string> embeddedSlugs) =>
        embeddedSlugs.SelectMany(slug => byEmbeddedSlug.TryGetValue(slug, out var gallery)
            ? [CacheTags.Slug(slug), CacheTags.Article(gallery.Id)]
            : new[] { CacheTags.Slug(slug) });

    /// <summary>The current path of the gallery a slug names; a slug naming none keeps its own (the gallery's page answers for it).</summary>
    private string PathOf(string embeddedSlug) =>
        byEmbeddedSlug.TryGetValue(embeddedSlug, out var gallery) ? gallery.Path : ArticlePaths.Of(ArticleKind.Gallery, embeddedSlug);
}
