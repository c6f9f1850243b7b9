namespace Marquee.Content.Body;

/// <summary>A piece of a rendered body as a page prints it: stored HTML, or an embedded gallery (its slug), or an embedded photo.</summary>
public sealed record BodyPart(string? Html, string? GallerySlug = null, PhotoEmbed? Photo = null);
