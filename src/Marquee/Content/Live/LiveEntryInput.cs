namespace Marquee.Content.Live;

/// <summary>An entry as a reporter writes it: bylines by author slug, in order; the Markdown goes through the story body pipeline.</summary>
public sealed record LiveEntryInput
{
    public string? Title { get; init; }

    public string BodyMarkdown { get; init; } = "";

    public long? PhotoId { get; init; }

    public IReadOnlyList<string> AuthorSlugs { get; init; } = [];

    public bool IsKeyEvent { get; init; }

    /// <summary>When an importer or the demo says the entry was posted; null = now. An edit keeps the posted time.</summary>
    public DateTime? PostedAt { get; init; }
}
