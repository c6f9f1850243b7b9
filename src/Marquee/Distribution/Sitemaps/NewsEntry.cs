namespace Marquee.Distribution.Sitemaps;

/// <summary>One story of the Google News sitemap.</summary>
public sealed record NewsEntry(string Slug, string Headline, DateTime PublishedAt);
