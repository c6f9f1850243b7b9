namespace Marquee.Content.Live;

/// <summary>What a live story's page says about its coverage for structured data: when it ran and its newest updates.</summary>
public sealed record LiveBlogMeta(DateTime? CoverageStartedAt, DateTime? CoverageEndedAt, IReadOnlyList<LiveEntryView> RecentUpdates);
