namespace Marquee.Distribution.Sitemaps;

/// <summary>A month with published articles: how many, and the newest change among them (the lastmod of its files).</summary>
public sealed record SitemapMonth(int Year, int Month, int Count, DateTime LastModified)
{
    /// <summary>The files the month needs when each holds at most <paramref name="perFile"/> URLs.</summary>
    public IEnumerable<ArticleSitemapName> Files(int perFile) =>
        Enumerable.Range(1, (Count + perFile - 1) / perFile).Select(part => new ArticleSitemapName(Year, Month, part));
}
