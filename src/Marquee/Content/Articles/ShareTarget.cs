namespace Marquee.Content.Articles;

/// <summary>What a share bar shares: a page's path (made absolute with the site's origin) and title; <c>Modifier</c> a CSS class for where it sits.</summary>
public sealed record ShareTarget(string Path, string Title, string Label = "Share this story", string? Modifier = null);
