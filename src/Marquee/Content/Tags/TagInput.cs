namespace Marquee.Content.Tags;

/// <summary>A tag to create or update. A null kind keeps an existing tag's kind, and makes a new tag a topic.</summary>
public sealed record TagInput(string Slug, string Name, TagKind? Kind = null, string? Description = null);
