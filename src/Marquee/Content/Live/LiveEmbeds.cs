using System.Net;
using System.Text.RegularExpressions;
using Marquee.Content.Embeds;

namespace Marquee.Content.Live;

/// <summary>
/// A line of an entry that is only a YouTube, Vimeo, X, Instagram or TikTok address becomes a link card naming the
/// provider (decision 0073): no provider's script or frame runs in the page, so a reader's visit tells them nothing.
/// Runs on sanitised HTML, so javascript: and data: addresses are already gone; any other address stays a plain link.
/// </summary>
public static partial class LiveEmbeds
{
    public static string ToCards(string sanitisedHtml) => BareLink().Replace(sanitisedHtml, Card);

    private static string Card(Match line)
    {
        var href = WebUtility.HtmlDecode(line.Groups["href"].Value);
        if (href != WebUtility.HtmlDecode(line.Groups["text"].Value) || EmbedProviders.Recognise(href) is not { } embed)
        {
            return line.Value;
        }

        var page = WebUtility.HtmlEncode(embed.Page.ToString());
        return $"<figure class=\"live-embed\" data-embed-provider=\"{embed.Provider}\"><a href=\"{page}\" rel=\"nofollow noopener\">"
            + $"<span class=\"live-embed-provider\">{embed.ProviderName}</span> <span class=\"live-embed-label\">{embed.Label}</span> <span class=\"live-embed-url\">{page}</span></a></figure>";
    }

    /// <summary>A paragraph holding one link and nothing else: how a pasted address alone on its line renders.</summary>
    [GeneratedRegex(@"<p><a href=""(?<href>[^""]*)""[^>]*>(?<text>[^<]*)</a></p>")]
    private static partial Regex BareLink();
}
