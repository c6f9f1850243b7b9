namespace Marquee.Tips.Inbox;

/// <summary>One thing a file says about itself, as its format names it ("GPSLatitude", "By-line").</summary>
public sealed record MetadataField(string Name, string Value);
