namespace Marquee.Content.Search;

/// <summary>What the search box offers while a reader types: people (person tags and authors), other tags, headlines.</summary>
public sealed record Suggestions(IReadOnlyList<SuggestedLink> People, IReadOnlyList<SuggestedLink> Tags, IReadOnlyList<SuggestedLink> Headlines);
