namespace Marquee.Content.Authors;

/// <summary>An author profile to create or update. A null bio or photo keeps the one on file.</summary>
public sealed record AuthorInput(string Slug, string Name, string? Bio = null, string? PhotoUrl = null);
