using System.Xml;
using Marquee.Distribution.Feeds;

namespace Marquee.Distribution.Sitemaps;

/// <summary>What every sitemap file shares: the sitemaps.org 0.9 namespace, W3C datetimes, and the protocol's size limit.</summary>
internal static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const string MediaType = "application/xml; charset=utf-8";

    /// <summary>The protocol's limit for one uncompressed file: 50 MB (52,428,800 bytes).</summary>
    public const long MaxBytes = 52_428_800;

    /// <summary>Opens the root element with the extension namespaces the file uses, each under its conventional prefix.</summary>
    public static XmlWriter Start(Stream output, string root, params IEnumerable<(string Prefix, string Uri)> extensions)
    {
        var xml = XmlText.Writer(output);
        xml.WriteStartDocument();
        xml.WriteStartElement(root, Namespace);
        foreach (var (prefix, uri) in extensions)
        {
            xml.WriteAttributeString("xmlns", prefix, null, uri);
        }

        return xml;
    }

    /// <summary>A W3C datetime (the RFC 3339 profile feeds use), in UTC.</summary>
    public static void WriteLastModified(XmlWriter xml, DateTime? utc)
    {
        if (utc is { } value)
        {
            xml.WriteElementString("lastmod", Namespace, FeedDates.Rfc3339(value));
        }
    }

    public static void End(XmlWriter xml)
    {
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
    }
}
