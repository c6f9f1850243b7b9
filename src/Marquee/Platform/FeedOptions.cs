namespace Marquee.Platform;

public sealed class FeedOptions
{
    /// <summary>Whole article bodies in feeds; false gives excerpts and sends readers to the site.</summary>
    public bool FullContent { get; set; } = true;

    /// <summary>How many of the newest stories a feed carries.</summary>
    public int Size { get; set; } = 20;
}
