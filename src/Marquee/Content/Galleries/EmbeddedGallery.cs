using Marquee.Content.Articles;

namespace Marquee.Content.Galleries;

/// <summary>The gallery an embed names, with the slug it has now.</summary>
public sealed record EmbeddedGallery(long Id, string Slug)
{
    public string Path => ArticlePaths.Of(ArticleKind.Gallery, Slug);
}
