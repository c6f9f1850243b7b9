using AngleSharp.Html.Parser;
using Marquee.Content.Embeds;
using Marquee.Platform.Security;

namespace Marquee.Import.Ghost;

/// <summary>
/// Ghost's embed cards and iframes (YouTube, Vimeo, …), which stored bodies may not hold (no third-party frame runs in a
/// Marquee page), become a link to what they showed instead of vanishing: a video's own page, else the frame's address.
/// </summary>
internal static class GhostEmbeds
{
    private static readonly HtmlParser Parser = new();

    public static string ToLinks(string html)
    {
        if (!html.Contains("<iframe", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }

        var document = Parser.ParseDocument("");
        var body = Parser.ParseFragment(html, document.Body!);
        var container = document.CreateElement("div");
        container.Append([.. body]);
        foreach (var frame in container.QuerySelectorAll("iframe").ToList())
        {
            var url = Watchable(frame.GetAttribute("src"));
            if (url is null)
            {
                frame.Remove();
                continue;
            }

            var paragraph = document.CreateElement("p");
            var link = document.CreateElement("a");
            link.SetAttribute("href", url.ToString());
            link.TextContent = Label(url);
            paragraph.AppendChild(link);
            frame.Replace(paragraph);
        }

        return container.InnerHtml;
    }

    /// <summary>The page a reader can open for the frame's address: a known provider's player names its post's page (<see cref="EmbedProviders"/>).</summary>
    private static Uri? Watchable(string? src)
    {
        if (EmbedProviders.Recognise(src) is { } known)
        {
            return known.Page;
        }

        src = src?.Trim();
        return src is not null && Uri.TryCreate(src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src, UriKind.Absolute, out var url) && UrlPolicy.IsAllowed(url.ToString()) ? url : null;
    }

    private static string Label(Uri url) => EmbedProviders.Recognise(url.ToString())?.Label ?? $"Open on {url.Host}";
}
