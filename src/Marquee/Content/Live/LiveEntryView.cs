using Marquee.Media.Photos;

namespace Marquee.Content.Live;

/// <summary>An entry as readers see it; a deleted one carries only its id, so an update can take it off the page.</summary>
public sealed record LiveEntryView(long Id, DateTime CreatedAt, DateTime? EditedAt, string? Title, string BodyHtml, bool IsKeyEvent, bool IsPinned, bool IsDeleted, Photo? Photo)
{
    public IReadOnlyList<NamedLink> Authors { get; init; } = [];

    public string Anchor => $"entry-{Id}";
}
