using Marquee.Content.Authors;

namespace Marquee.Content.Articles;

/// <summary>Co-authorship is ordered: the byline reads "By A &amp; B" in this order.</summary>
public sealed class ArticleAuthor
{
    public long ArticleId { get; set; }

    public long AuthorId { get; set; }

    public Author Author { get; set; } = null!;

    public int Position { get; set; }
}
