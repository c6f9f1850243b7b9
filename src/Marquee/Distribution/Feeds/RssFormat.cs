using System.Xml;

namespace Marquee.Distribution.Feeds;

/// <summary>RSS 2.0 with Dublin Core creators (one per co-author), content:encoded bodies and Media RSS photos with their credit.</summary>
public sealed class RssFormat : IFeedFormat
{
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string Media = "http://search.yahoo.com/mrss/";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public string Segment => "rss";

    public string MediaType => "application/rss+xml; charset=utf-8";

    public string Label => "RSS";

    public void Write(FeedDocument feed, Stream output)
    {
        using var xml = XmlText.Writer(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "content", null, Content);
        xml.WriteAttributeString("xmlns", "media", null, Media);
        xml.WriteAttributeString("xmlns", "atom", null, Atom);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", XmlText.Clean(feed.Title));
        xml.WriteElementString("link", feed.PageUrl);
        xml.WriteElementString("description", XmlText.Clean(feed.Description));
        xml.WriteElementString("language", "en");
        xml.WriteElementString("lastBuildDate", FeedDates.Rfc822(feed.Updated));
        xml.WriteElementString("generator", "Marquee");
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("href", feed.FeedUrl(Segment));
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        if (feed.Hub is not null)
        {
            xml.WriteStartElement("link", Atom);
            xml.WriteAttributeString("href", feed.Hub);
            xml.WriteAttributeString("rel", "hub");
            xml.WriteEndElement();
        }

        foreach (var item in feed.Items)
        {
            WriteItem(xml, feed, item);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteItem(XmlWriter xml, FeedDocument feed, FeedItem item)
    {
        var url = feed.ArticleUrl(item);
        xml.WriteStartElement("item");
        xml.WriteElementString("title", XmlText.Clean(item.Headline));
        xml.WriteElementString("link", url);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(url);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", FeedDates.Rfc822(item.PublishedAt));
        if (item.Summary is not null)
        {
            // RSS readers render an item's description as HTML; the summary is text, so its markup characters are escaped as text.
            xml.WriteElementString("description", XmlText.Clean(AsHtmlText(item.Summary)));
        }

        if (feed.FullContent)
        {
            xml.WriteStartElement("encoded", Content);
            xml.WriteCData(XmlText.Clean(item.BodyHtml).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
            xml.WriteEndElement();
        }

        foreach (var author in item.Authors)
        {
            xml.WriteElementString("creator", Dc, XmlText.Clean(author.Name));
        }

        foreach (var tag in item.Tags)
        {
            xml.WriteElementString("category", XmlText.Clean(tag.Name));
        }

        if (feed.AbsoluteImageUrl(item) is { } image)
        {
            xml.WriteStartElement("content", Media);
            xml.WriteAttributeString("url", image);
            xml.WriteAttributeString("medium", "image");
            WriteOptional(xml, "description", item.Image!.Caption ?? item.Image.Alt);
            WriteOptional(xml, "credit", item.Image.ShownCredit);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteOptional(XmlWriter xml, string name, string? text)
    {
        if (text is not null)
        {
            xml.WriteElementString(name, Media, XmlText.Clean(text));
        }
    }

    private static string AsHtmlText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
