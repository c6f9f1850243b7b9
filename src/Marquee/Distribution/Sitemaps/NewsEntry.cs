using Marquee.Content.Articles;

namespace Marquee.Distribution.Sitemaps;

/// <summary>One story (or gallery) of the Google News sitemap.</summary>
public sealed record NewsEntry(string Slug, string Headline, DateTime PublishedAt, ArticleKind Kind = ArticleKind.Story)
{
    public string Path => ArticlePaths.Of(Kind, Slug);
}
