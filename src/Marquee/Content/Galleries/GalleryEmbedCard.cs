using Marquee.Content.Articles;

namespace Marquee.Content.Galleries;

/// <summary>A gallery as an article embedding it shows it: title, cover, number of photos, a link.</summary>
public sealed record GalleryEmbedCard(string Slug, string Headline, GalleryCover Cover)
{
    public string Path => ArticlePaths.Of(ArticleKind.Gallery, Slug);
}
