using System.Text;
using System.Xml;

namespace Marquee.Distribution;

/// <summary>Text made legal in XML 1.0: control characters a writer pasted in would otherwise make a whole feed or sitemap unreadable.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(c => XmlConvert.IsXmlChar(c)))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i++, 2);
            }
        }

        return builder.ToString();
    }

    public static XmlWriter Writer(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CheckCharacters = true });
}
