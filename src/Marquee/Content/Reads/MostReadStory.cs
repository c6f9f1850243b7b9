using Marquee.Content.Articles;

namespace Marquee.Content.Reads;

/// <summary>A public story in the most-read list, with its reads in the window.</summary>
public sealed record MostReadStory(long Id, string Headline, string Slug, ArticleKind Kind, int Reads)
{
    public string Path => ArticlePaths.Of(Kind, Slug);
}
