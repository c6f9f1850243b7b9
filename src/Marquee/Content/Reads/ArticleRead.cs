namespace Marquee.Content.Reads;

/// <summary>How many times one article was read in one minute, summed over every node's flushes: no reader, address or agent is kept.</summary>
public sealed class ArticleRead
{
    public long ArticleId { get; set; }

    /// <summary>The minute (UTC) the reads were flushed in.</summary>
    public DateTime Minute { get; set; }

    public int Reads { get; set; }
}
