namespace Marquee.Distribution.Feeds;

public sealed class FeedOptions
{
    public const string Section = "Marquee:Feeds";

    /// <summary>Whole article bodies in feeds; false gives excerpts and sends readers to the site.</summary>
    public bool FullContent { get; set; } = true;

    /// <summary>How many of the newest stories a feed carries.</summary>
    public int Size { get; set; } = 20;
}
