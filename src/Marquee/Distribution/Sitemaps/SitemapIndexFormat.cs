namespace Marquee.Distribution.Sitemaps;

/// <summary>The sitemap index: where every child sitemap lives and when it last changed.</summary>
internal static class SitemapIndexFormat
{
    public static void Write(string siteUrl, IEnumerable<SitemapEntry> sitemaps, Stream output)
    {
        using var xml = SitemapXml.Start(output, "sitemapindex");
        foreach (var sitemap in sitemaps)
        {
            xml.WriteStartElement("sitemap", SitemapXml.Namespace);
            xml.WriteElementString("loc", SitemapXml.Namespace, siteUrl + sitemap.Path);
            SitemapXml.WriteLastModified(xml, sitemap.LastModified);
            xml.WriteEndElement();
        }

        SitemapXml.End(xml);
    }
}
