namespace Marquee.Content.Articles;

/// <summary>A path an imported article had on the site it came from ("/2017/11/20/pink-wins"): links to the old site keep working through a 301.</summary>
public sealed class OldPermalink
{
    public required string Path { get; set; }

    public long ArticleId { get; set; }
}
