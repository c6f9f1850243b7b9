using System.Xml;

namespace Marquee.Distribution.Sitemaps;

/// <summary>
/// A urlset with Google's image extension. Written entry by entry and cut before an entry that would
/// take the file past the protocol's 50 MB, so a file is never refused whole for its size.
/// </summary>
internal static class UrlSetFormat
{
    private const string Image = "http://www.google.com/schemas/sitemap-image/1.1";
    private const int ClosingBytes = 9; // "</urlset>"

    /// <summary>Writes the entries; returns how many were written and whether <paramref name="maxBytes"/> cut the rest.</summary>
    public static async Task<(int Written, bool Cut)> WriteAsync(string siteUrl, IAsyncEnumerable<SitemapEntry> entries, MemoryStream output, CancellationToken cancellationToken, long maxBytes = SitemapXml.MaxBytes)
    {
        var written = 0;
        using var xml = SitemapXml.Start(output, "urlset", ("image", Image));
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            xml.Flush();
            var before = output.Length;
            WriteUrl(xml, siteUrl, entry);
            xml.Flush();
            // The first entry also closes the root's start tag, so it is never rolled back; one entry is far below the limit.
            if (written > 0 && output.Length + ClosingBytes > maxBytes)
            {
                output.SetLength(before);
                SitemapXml.End(xml);
                return (written, true);
            }

            written++;
        }

        SitemapXml.End(xml);
        return (written, false);
    }

    private static void WriteUrl(XmlWriter xml, string siteUrl, SitemapEntry entry)
    {
        xml.WriteStartElement("url", SitemapXml.Namespace);
        xml.WriteElementString("loc", SitemapXml.Namespace, siteUrl + entry.Path);
        SitemapXml.WriteLastModified(xml, entry.LastModified);
        foreach (var image in entry.Images)
        {
            xml.WriteStartElement("image", "image", Image);
            xml.WriteElementString("loc", Image, image.Url.StartsWith('/') ? siteUrl + image.Url : image.Url);
            xml.WriteElementString("caption", Image, XmlText.Clean(image.Caption));
            if (image.Title is not null)
            {
                xml.WriteElementString("title", Image, XmlText.Clean(image.Title));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
