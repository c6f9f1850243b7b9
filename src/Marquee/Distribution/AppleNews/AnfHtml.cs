using System.Text;
using AngleSharp.Dom;
using Marquee.Web.Layout;

namespace Marquee.Distribution.AppleNews;

/// <summary>
/// Writes text in the HTML subset ANF's <c>format: "html"</c> accepts: inline emphasis, links and lists.
/// Every other element is unwrapped to its text, and all text is encoded.
/// </summary>
internal static class AnfHtml
{
    private static readonly HashSet<string> InlineTags = ["strong", "b", "em", "i", "code", "sub", "sup", "del", "s"];

    public static string Inline(INode node, SiteUrls urls)
    {
        var html = new StringBuilder();
        AppendChildren(html, node, urls);
        return html.ToString().Trim();
    }

    public static string List(IElement list, SiteUrls urls)
    {
        var items = list.Children.Where(child => child.LocalName == "li").Select(item => $"<li>{Inline(item, urls)}</li>");
        return $"<{list.LocalName}>{string.Concat(items)}</{list.LocalName}>";
    }

    /// <summary>An element's text with white space collapsed, for roles ANF shows as plain text (headings, pull quotes).</summary>
    public static string Text(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static void AppendChildren(StringBuilder html, INode node, SiteUrls urls)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    html.Append(Encode(text.Data));
                    break;
                case IElement { LocalName: "br" }:
                    html.Append("<br>");
                    break;
                case IElement { LocalName: "a" } link when Href(link.GetAttribute("href"), urls) is { } href:
                    html.Append("<a href=\"").Append(Encode(href)).Append("\">");
                    AppendChildren(html, link, urls);
                    html.Append("</a>");
                    break;
                case IElement element when InlineTags.Contains(element.LocalName):
                    html.Append('<').Append(element.LocalName).Append('>');
                    AppendChildren(html, element, urls);
                    html.Append("</").Append(element.LocalName).Append('>');
                    break;
                case IElement element:
                    AppendChildren(html, element, urls);
                    break;
            }
        }
    }

    /// <summary>Apple News opens only absolute links: site paths are made absolute, web and mail links kept, anything else unlinked.</summary>
    private static string? Href(string? href, SiteUrls urls) =>
        href is null ? null
        : href.StartsWith('/') ? (href.StartsWith("//", StringComparison.Ordinal) ? null : urls.Absolute(href))
        : Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "mailto" ? href
        : null;
}
