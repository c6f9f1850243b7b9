namespace Marquee.Content.Articles;

/// <summary>The lead photo. The credit travels with the image wherever it is shown.</summary>
public sealed record FeatureImage(string? Url, string? Alt, string? Caption, string? Credit);
