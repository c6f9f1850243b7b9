namespace Marquee.Import.Wxr;

/// <summary>What a WXR file holds, read once from start to end: the channel's version and site, its authors, terms and items.</summary>
internal sealed class WxrExport(string file)
{
    public string File { get; } = file;

    public string? Version { get; set; }

    /// <summary>The exported site's address (<c>wp:base_site_url</c>, else the channel's link), for items without a guid.</summary>
    public string? SiteUrl { get; set; }

    public List<WxrRecord> Authors { get; } = [];

    public List<WxrRecord> Terms { get; } = [];

    public List<WxrRecord> Items { get; } = [];
}
