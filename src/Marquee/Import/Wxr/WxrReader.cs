using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Marquee.Import.Wxr;

/// <summary>
/// Reads a WXR file forward only (<see cref="XmlReader"/>: no document tree, so a large export costs its records, not
/// their DOM). A DTD is refused outright: WordPress never writes one, and its entities are how "billion laughs" and
/// external-entity (XXE) files attack a parser.
/// </summary>
internal static partial class WxrReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>Post meta Marquee reads; the rest (plugins' data, often most of a file) is not kept in memory.</summary>
    private static readonly HashSet<string> KeptMeta = ["_thumbnail_id", "_wp_attached_file", "_wp_attachment_image_alt", "_wp_attachment_metadata", "_yoast_wpseo_metadesc"];

    public static WxrExport Read(string path)
    {
        var export = new WxrExport(path);
        try
        {
            using var xml = XmlReader.Create(path, Settings);
            xml.MoveToContent();
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "rss" || xml.NamespaceURI.Length > 0)
            {
                throw new ImportException(path, null, $"not a WordPress export: the root element is <{xml.Name}>, not <rss>");
            }

            Children(xml, name => Channel(xml, name, export));
        }
        catch (XmlException broken)
        {
            // A refused DTD is reported before the reader has a position.
            throw new ImportException(path, broken.LineNumber > 0 ? $"line {broken.LineNumber}, position {broken.LinePosition}" : null, Reason(broken), broken);
        }

        return export.Version is null
            ? throw new ImportException(path, null, "not a WordPress export: its channel has no wp:wxr_version (WXR 1.0, 1.1 or 1.2)")
            : export;
    }

    private static string Reason(XmlException broken) => broken.Message.Contains("DTD", StringComparison.Ordinal)
        ? "has a DTD (<!DOCTYPE>), which WordPress never writes; refused, as its entities could expand without bound (billion laughs) or read other files (XXE)"
        : "not well-formed XML: " + Position().Replace(broken.Message, "").TrimEnd('.', ' ');

    private static void Channel(XmlReader xml, string? name, WxrExport export)
    {
        if (name == "channel")
        {
            Children(xml, field => ChannelChild(xml, field, export));
        }
        else
        {
            xml.Skip();
        }
    }

    private static void ChannelChild(XmlReader xml, string? name, WxrExport export)
    {
        switch (name)
        {
            case null when xml.LocalName == "wxr_version" && WxrNames.VersionOf(xml.NamespaceURI) is { } version:
                throw new ImportException(export.File, "wp:wxr_version", $"its namespace is WXR {version}; Marquee reads WXR 1.0, 1.1 and 1.2");
            case "wp:wxr_version":
                export.Version = Version(export.File, TextOf(xml));
                break;
            case "wp:base_site_url":
                export.SiteUrl = TextOf(xml).Trim();
                break;
            case "link":
                export.SiteUrl ??= TextOf(xml).Trim();
                break;
            case "wp:author":
                export.Authors.Add(Record(xml, "author", export.Authors.Count + 1));
                break;
            case "wp:category" or "wp:tag" or "wp:term":
                export.Terms.Add(Record(xml, name[3..], export.Terms.Count + 1));
                break;
            case "item":
                export.Items.Add(Record(xml, "item", export.Items.Count + 1));
                break;
            default:
                xml.Skip();
                break;
        }
    }

    private static string Version(string file, string text) => text.Trim() is "1.0" or "1.1" or "1.2"
        ? text.Trim()
        : throw new ImportException(file, "wp:wxr_version", $"'{text.Trim()}' is not a WXR version Marquee reads (1.0, 1.1 or 1.2)");

    private static WxrRecord Record(XmlReader xml, string kind, int number)
    {
        var record = new WxrRecord(kind, number);
        Children(xml, name => Field(xml, name, record));
        return record;
    }

    private static void Field(XmlReader xml, string? name, WxrRecord record)
    {
        switch (name)
        {
            case "category":
                var (domain, nicename) = (xml.GetAttribute("domain"), xml.GetAttribute("nicename"));
                record.Terms.Add(new WxrTerm(domain, nicename, TextOf(xml).Trim()));
                break;
            case "wp:postmeta":
                var meta = Record(xml, "meta", 0);
                if (meta.Text("wp:meta_key") is { } key && KeptMeta.Contains(key))
                {
                    record.Meta.TryAdd(key, meta.Fields.GetValueOrDefault("wp:meta_value", ""));
                }

                break;
            case "wp:comment":
                record.Comments++;
                xml.Skip();
                break;
            case null:
                xml.Skip();
                break;
            default:
                // The first wins: a second element of the same name in a WordPress namespace is not WordPress's own.
                record.Fields.TryAdd(name, TextOf(xml));
                break;
        }
    }

    /// <summary>Calls <paramref name="each"/> on every child element (which must read past it), with its prefixed name, or null when its namespace is not WordPress's.</summary>
    private static void Children(XmlReader xml, Action<string?> each)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                each(NameOf(xml));
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
    }

    private static string? NameOf(XmlReader xml) => WxrNames.PrefixOf(xml.NamespaceURI) switch
    {
        null => null,
        "" => xml.LocalName,
        var prefix => $"{prefix}:{xml.LocalName}",
    };

    /// <summary>An element's text, its CDATA sections joined; markup inside (never in WordPress's own output) adds only its text.</summary>
    private static string TextOf(XmlReader xml)
    {
        var text = new StringBuilder();
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }

        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                text.Append(xml.Value);
            }

            xml.Read();
        }

        xml.Read();
        return text.ToString();
    }

    [GeneratedRegex(@" Line \d+, position \d+\.?")]
    private static partial Regex Position();
}
