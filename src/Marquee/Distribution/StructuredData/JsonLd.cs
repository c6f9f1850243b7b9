using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>
/// Writes one JSON-LD document safe to print inside a script element: the encoder escapes <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c> and quotes always, and U+2028/U+2029 and astral characters (emoji) as \u escapes, so
/// <c>&lt;/script&gt;</c> in a headline stays text and the JSON stays valid.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static JsonLdScript Write(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            writeProperties(json);
            json.WriteEndObject();
        }

        return new JsonLdScript(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
