namespace Marquee.Content.Live;

/// <summary>One page of a live story's stream: the pinned entry on the first page only, then entries newest first, and the cursor to older ones.</summary>
public sealed record LiveStoryPage(LiveEntryView? Pinned, IReadOnlyList<LiveEntryView> Entries, long? OlderBefore);
