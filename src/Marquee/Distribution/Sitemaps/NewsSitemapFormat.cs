namespace Marquee.Distribution.Sitemaps;

/// <summary>The Google News sitemap: each recent story with the publication's name and language, its date and headline.</summary>
internal static class NewsSitemapFormat
{
    private const string News = "http://www.google.com/schemas/sitemap-news/0.9";

    public static void Write(string siteUrl, string siteName, IEnumerable<NewsEntry> stories, Stream output)
    {
        using var xml = SitemapXml.Start(output, "urlset", ("news", News));
        foreach (var story in stories)
        {
            xml.WriteStartElement("url", SitemapXml.Namespace);
            xml.WriteElementString("loc", SitemapXml.Namespace, siteUrl + story.Path);
            xml.WriteStartElement("news", "news", News);
            xml.WriteStartElement("publication", News);
            xml.WriteElementString("name", News, XmlText.Clean(siteName));
            xml.WriteElementString("language", News, "en");
            xml.WriteEndElement();
            xml.WriteElementString("publication_date", News, Feeds.FeedDates.Rfc3339(story.PublishedAt));
            xml.WriteElementString("title", News, XmlText.Clean(story.Headline));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        SitemapXml.End(xml);
    }
}
