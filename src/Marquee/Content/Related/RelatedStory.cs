using Marquee.Content.Articles;

namespace Marquee.Content.Related;

/// <summary>A story listed under another because they share people, events or tags: what the short list shows.</summary>
public sealed record RelatedStory(long Id, string Headline, string Slug, ArticleKind Kind, DateTime PublishedAt, string? ImageUrl)
{
    public string Path => ArticlePaths.Of(Kind, Slug);
}
