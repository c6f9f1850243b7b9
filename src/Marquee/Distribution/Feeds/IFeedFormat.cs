namespace Marquee.Distribution.Feeds;

/// <summary>A feed format: its URL segment ("rss"), its media type, and how it writes a feed.</summary>
public interface IFeedFormat
{
    string Segment { get; }

    string MediaType { get; }

    /// <summary>What autodiscovery links call it.</summary>
    string Label { get; }

    void Write(FeedDocument feed, Stream output);
}
