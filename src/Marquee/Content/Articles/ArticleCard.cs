using Marquee.Content.Galleries;

namespace Marquee.Content.Articles;

/// <summary>An article as a list or rail shows it; a gallery with its cover photo.</summary>
public sealed record ArticleCard(
    long Id,
    string Slug,
    string Headline,
    string? Dek,
    string? Excerpt,
    DateTime PublishedAt,
    string? ImageUrl,
    string? ImageAlt,
    NamedLink? Section,
    IReadOnlyList<NamedLink> Authors,
    ArticleKind Kind = ArticleKind.Story,
    GalleryCover? Gallery = null)
{
    public string Path => ArticlePaths.Of(Kind, Slug);
}
