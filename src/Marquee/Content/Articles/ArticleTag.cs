using Marquee.Content.Tags;

namespace Marquee.Content.Articles;

public sealed class ArticleTag
{
    public long ArticleId { get; set; }

    public long TagId { get; set; }

    public Tag Tag { get; set; } = null!;

    public int Position { get; set; }
}
