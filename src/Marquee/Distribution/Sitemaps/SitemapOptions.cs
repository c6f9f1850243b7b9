namespace Marquee.Distribution.Sitemaps;

public sealed class SitemapOptions
{
    public const string Section = "Marquee:Sitemaps";

    /// <summary>The sitemaps.org protocol allows at most this many URLs in one sitemap file.</summary>
    public const int ProtocolMaximum = 50_000;

    /// <summary>
    /// URLs per article sitemap file before a month is split into numbered parts. Below the protocol's
    /// 50,000 so that the sitemap a publish evicts re-renders cheaply.
    /// </summary>
    public int UrlsPerFile { get; set; } = 10_000;
}
