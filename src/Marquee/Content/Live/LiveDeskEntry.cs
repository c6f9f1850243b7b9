namespace Marquee.Content.Live;

/// <summary>An entry as the newsroom's live desk shows it for editing: the version an edit is based on, its Markdown and byline slugs.</summary>
public sealed record LiveDeskEntry(long Id, int Version, DateTime CreatedAt, DateTime? EditedAt, string? Title, string BodyMarkdown, long? PhotoId, bool IsKeyEvent, bool IsPinned)
{
    public IReadOnlyList<string> AuthorSlugs { get; init; } = [];
}
