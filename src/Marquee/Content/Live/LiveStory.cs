namespace Marquee.Content.Live;

/// <summary>
/// What a live article has beyond an article (decision 0054): when its coverage ran, and the version every entry write
/// moves on, which names the update resource readers poll.
/// </summary>
public sealed class LiveStory
{
    public long ArticleId { get; set; }

    public DateTime? CoverageStartedAt { get; set; }

    /// <summary>Set when coverage ended; a new entry is refused until it is reopened.</summary>
    public DateTime? CoverageEndedAt { get; set; }

    /// <summary>Moved on by every entry write in its transaction, which also serialises writers of one story (one pinned entry).</summary>
    public int Version { get; set; }

    public bool IsLive => CoverageStartedAt is not null && CoverageEndedAt is null;
}
