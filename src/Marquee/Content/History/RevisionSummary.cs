namespace Marquee.Content.History;

/// <summary>A line of an article's revision list: which version, when, by whom.</summary>
public sealed record RevisionSummary(int Version, DateTime SavedAt, string SavedBy);
