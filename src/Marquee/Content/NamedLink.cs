namespace Marquee.Content;

/// <summary>Something with a name and a slug that a page links to: an author, a tag, a section.</summary>
public sealed record NamedLink(long Id, string Slug, string Name);
