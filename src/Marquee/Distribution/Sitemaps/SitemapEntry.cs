namespace Marquee.Distribution.Sitemaps;

/// <summary>One URL of a sitemap: a site path, when it last changed (if known), and its photo if it has one (a gallery: more).</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified, SitemapImage? Image = null)
{
    /// <summary>A gallery's photos after the first.</summary>
    public IReadOnlyList<SitemapImage> MoreImages { get; init; } = [];

    public IEnumerable<SitemapImage> Images => Image is null ? MoreImages : MoreImages.Prepend(Image);
}
