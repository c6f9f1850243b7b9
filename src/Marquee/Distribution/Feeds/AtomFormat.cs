using System.Xml;
using Marquee.Content;

namespace Marquee.Distribution.Feeds;

/// <summary>Atom 1.0 (RFC 4287): every entry with its authors, categories, summary and, by configuration, the whole story.</summary>
public sealed class AtomFormat : IFeedFormat
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public string Segment => "atom";

    public string MediaType => "application/atom+xml; charset=utf-8";

    public string Label => "Atom";

    public void Write(FeedDocument feed, Stream output)
    {
        using var xml = XmlText.Writer(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteElementString("title", Atom, XmlText.Clean(feed.Title));
        xml.WriteElementString("subtitle", Atom, XmlText.Clean(feed.Description));
        xml.WriteElementString("id", Atom, feed.FeedUrl(Segment));
        xml.WriteElementString("updated", Atom, FeedDates.Rfc3339(feed.Updated));
        Link(xml, "self", feed.FeedUrl(Segment), "application/atom+xml");
        Link(xml, "alternate", feed.PageUrl, "text/html");
        if (feed.Hub is not null)
        {
            Link(xml, "hub", feed.Hub, null);
        }

        xml.WriteElementString("generator", Atom, "Marquee");
        // Atom requires an author on every entry; the site stands in for stories without a byline.
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, XmlText.Clean(feed.Title));
        xml.WriteEndElement();
        foreach (var item in feed.Items)
        {
            WriteEntry(xml, feed, item);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEntry(XmlWriter xml, FeedDocument feed, FeedItem item)
    {
        var url = feed.ArticleUrl(item);
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("title", Atom, XmlText.Clean(item.Headline));
        xml.WriteElementString("id", Atom, url);
        Link(xml, "alternate", url, "text/html");
        xml.WriteElementString("published", Atom, FeedDates.Rfc3339(item.PublishedAt));
        xml.WriteElementString("updated", Atom, FeedDates.Rfc3339(item.LastChanged));
        foreach (var author in item.Authors)
        {
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, XmlText.Clean(author.Name));
            xml.WriteElementString("uri", Atom, feed.SiteUrl + TaxonomyPaths.Author(author.Slug));
            xml.WriteEndElement();
        }

        foreach (var tag in item.Tags)
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", tag.Slug);
            xml.WriteAttributeString("label", XmlText.Clean(tag.Name));
            xml.WriteEndElement();
        }

        if (item.Summary is not null)
        {
            xml.WriteElementString("summary", Atom, XmlText.Clean(item.Summary));
        }

        if (feed.FullContent)
        {
            xml.WriteStartElement("content", Atom);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(XmlText.Clean(item.BodyHtml));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string? type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
