namespace Marquee.Content.Previews;

/// <summary>A preview URL (a path: the newsroom adds its own origin) and when it stops working.</summary>
public sealed record PreviewLink(string Path, DateTimeOffset Expires);
