namespace Marquee.Distribution.Sitemaps;

/// <summary>One URL of a sitemap: a site path, when it last changed (if known), and its photo if it has one.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified, SitemapImage? Image = null);
