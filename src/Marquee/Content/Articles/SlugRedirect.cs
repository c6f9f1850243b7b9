namespace Marquee.Content.Articles;

/// <summary>An old slug of an article: links already shared keep working through a 301.</summary>
public sealed class SlugRedirect
{
    public required string OldSlug { get; set; }

    public long ArticleId { get; set; }
}
