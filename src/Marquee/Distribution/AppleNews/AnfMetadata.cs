using System.Text.Json.Serialization;

namespace Marquee.Distribution.AppleNews;

/// <summary>What Apple News shows around an article and searches by: bylines, dates, excerpt, keywords, thumbnail.</summary>
public sealed record AnfMetadata(
    IReadOnlyList<string> Authors,
    [property: JsonPropertyName("canonicalURL")] string CanonicalUrl,
    string DatePublished,
    string DateModified,
    string? Excerpt,
    IReadOnlyList<string> Keywords,
    [property: JsonPropertyName("thumbnailURL")] string? ThumbnailUrl);
