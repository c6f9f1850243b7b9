namespace Marquee.Content.Live;

/// <summary>An entry that passed <see cref="LiveEntryRules"/>: trimmed title, rendered body, byline ids in order.</summary>
public sealed record CheckedEntry(string? Title, string BodyMarkdown, string BodyHtml, long? PhotoId, IReadOnlyList<long> AuthorIds);
