namespace Marquee.Content.Authors;

public sealed record AuthorInput(string Slug, string Name, string? Bio = null, string? PhotoUrl = null);
