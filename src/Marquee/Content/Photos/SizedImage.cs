namespace Marquee.Content.Photos;

/// <summary>An image file with its pixel size: what social cards and search engines want to know before fetching it.</summary>
public sealed record SizedImage(string Url, int Width, int Height);
