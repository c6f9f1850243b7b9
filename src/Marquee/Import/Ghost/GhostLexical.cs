using System.Net;
using System.Text;
using System.Text.Json;
using Marquee.Content;
using Marquee.Content.Body;

namespace Marquee.Import.Ghost;

/// <summary>
/// A Ghost 5 Lexical document as HTML, for a post exported without Ghost's rendered html. Text, headings, lists,
/// quotes, links, images, code, HTML, Markdown, embed and bookmark cards carry over; any other card is
/// reported and left out rather than guessed at.
/// </summary>
internal static class GhostLexical
{
    /// <summary>Lexical's text format bits, and the element each one is.</summary>
    private static readonly (int Bit, string Tag)[] Formats = [(1, "strong"), (2, "em"), (4, "s"), (8, "u"), (16, "code"), (32, "sub"), (64, "sup")];

    private static readonly Dictionary<string, string> Blocks = new()
    {
        ["paragraph"] = "p",
        ["quote"] = "blockquote",
        ["aside"] = "aside",
        ["listitem"] = "li",
    };

    public static string ToHtml(string lexical, Action<string> leaveOut)
    {
        var html = new StringBuilder();
        try
        {
            using var document = JsonDocument.Parse(lexical);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("root", out var root))
            {
                Children(root, html, leaveOut);
            }
        }
        catch (JsonException)
        {
            leaveOut("its lexical body is not valid JSON; body left empty");
        }

        return html.ToString();
    }

    private static void Children(JsonElement node, StringBuilder html, Action<string> leaveOut)
    {
        if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray())
            {
                Node(child, html, leaveOut);
            }
        }
    }

    private static void Node(JsonElement node, StringBuilder html, Action<string> leaveOut)
    {
        var type = Text(node, "type") ?? "untyped";
        var tag = type switch
        {
            "heading" when Text(node, "tag") is { } heading && heading is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => heading,
            "heading" => "h2",
            "list" => Text(node, "listType") == "number" ? "ol" : "ul",
            _ => Blocks.GetValueOrDefault(type),
        };
        if (tag is not null)
        {
            html.Append('<').Append(tag).Append('>');
            Children(node, html, leaveOut);
            html.Append("</").Append(tag).Append(">\n");
            return;
        }

        switch (type)
        {
            case "text":
                Formatted(node, html);
                break;
            case "link" or "autolink":
                html.Append("<a href=\"").Append(Encode(Text(node, "url"))).Append("\">");
                Children(node, html, leaveOut);
                html.Append("</a>");
                break;
            case "linebreak":
                html.Append("<br>");
                break;
            case "tab":
                html.Append('\t');
                break;
            case "horizontalrule":
                html.Append("<hr>\n");
                break;
            case "image":
                html.Append("<figure><img src=\"").Append(Encode(Text(node, "src"))).Append("\" alt=\"").Append(Encode(Text(node, "alt"))).Append("\">")
                    .Append(Text(node, "caption") is { } caption ? $"<figcaption>{caption}</figcaption>" : "").Append("</figure>\n");
                break;
            case "codeblock":
                html.Append("<pre><code>").Append(Encode(Text(node, "code"))).Append("</code></pre>\n");
                break;
            case "html" or "embed":
                html.Append(Text(node, "html")).Append('\n');
                break;
            case "markdown":
                html.Append(MarkdownCard(Text(node, "markdown") ?? "", leaveOut)).Append('\n');
                break;
            case "bookmark":
                var url = Encode(Text(node, "url"));
                var title = node.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object ? Text(metadata, "title") : null;
                html.Append("<p><a href=\"").Append(url).Append("\">").Append(title is null ? url : Encode(title)).Append("</a></p>\n");
                break;
            default:
                leaveOut($"its Ghost '{type}' card has no Marquee equivalent yet; left out of the body");
                break;
        }
    }

    private static void Formatted(JsonElement node, StringBuilder html)
    {
        var format = node.TryGetProperty("format", out var bits) && bits.ValueKind == JsonValueKind.Number && bits.TryGetInt32(out var number) ? number : 0;
        var tags = Formats.Where(f => (format & f.Bit) != 0).Select(f => f.Tag).ToList();
        html.AppendJoin("", tags.Select(tag => $"<{tag}>")).Append(Encode(Text(node, "text")))
            .AppendJoin("", tags.AsEnumerable().Reverse().Select(tag => $"</{tag}>"));
    }

    /// <summary>A string property of a node; null when the node is not an object (a hand-edited export) or the property is not text.</summary>
    private static string? Text(JsonElement node, string property) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string MarkdownCard(string markdown, Action<string> leaveOut)
    {
        try
        {
            return BodyRenderer.ToHtml(markdown);
        }
        catch (ContentValidationException refused)
        {
            leaveOut($"a markdown card: {refused.Message}; card left out");
            return "";
        }
    }
}
