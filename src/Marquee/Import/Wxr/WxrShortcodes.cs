using System.Net;
using System.Text.RegularExpressions;

namespace Marquee.Import.Wxr;

/// <summary>
/// The shortcodes WordPress registers itself, as HTML: [caption] a figure, [gallery] a Marquee gallery when its photos
/// go into the media library (<see cref="WxrGalleries"/>), else its photos as figures (reported), [embed], [video],
/// [audio] and embedded iframes links to what they played (the sanitiser allows no players). Plugins' shortcodes stay
/// as the text they are.
/// </summary>
internal sealed partial class WxrShortcodes(IReadOnlyDictionary<string, WxrAttachment> attachments, string? postId, WxrGalleries? library, Action<string> report)
{
    public string Replace(string html)
    {
        html = Caption().Replace(html, m => Figure(m.Groups["image"].Value, CaptionText(m)));
        html = Gallery().Replace(html, Gallery);
        html = Embed().Replace(html, m => Link(m.Groups["url"].Value.Trim()));
        html = Media().Replace(html, m => Attribute().Matches(m.Groups["attributes"].Value).Select(a => a.Groups["value"].Value).FirstOrDefault(IsUrl) is { } url ? Link(url) : "");
        return Iframe().Replace(html, m => Link(WebUtility.HtmlDecode(m.Groups["src"].Value)));
    }

    /// <summary>Caption text follows the image inside [caption]; WordPress before 3.4 put it in a caption="" attribute.</summary>
    private static string CaptionText(Match caption) =>
        caption.Groups["text"].Value.Trim() is { Length: > 0 } text ? text
        : Attribute().Matches(caption.Groups["attributes"].Value).FirstOrDefault(a => a.Groups["name"].Value == "caption")?.Groups["value"].Value ?? "";

    /// <summary>[caption …]&lt;img&gt; (perhaps inside a link) and the caption's text[/caption].</summary>
    [GeneratedRegex(@"\[caption(?<attributes>[^\]]*)\]\s*(?<image>(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(?<text>.*?)\[/caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    private string Gallery(Match gallery)
    {
        var ids = Attribute().Matches(gallery.Groups["attributes"].Value).FirstOrDefault(a => a.Groups["name"].Value is "ids" or "include")?.Groups["value"].Value;
        IReadOnlyList<string> named = ids is null
            ? attachments.Values.Where(a => a.ParentId is not null && a.ParentId == postId).Select(a => a.Id).ToList()
            : ids.Split(',', StringSplitOptions.TrimEntries);
        if (library?.Embed(named, null) is { } embed)
        {
            return embed;
        }

        var photos = named.Select(id => attachments.GetValueOrDefault(id)).OfType<WxrAttachment>().Where(p => p.Url is not null && IsUrl(p.Url)).ToList();
        report(photos.Count == 0
            ? "its [gallery] names no image in the file; left out"
            : $"its [gallery] of {photos.Count} photo(s) became figures in the body: a Marquee gallery holds library photos, and this import took in none (--media or --download-media)");
        return string.Concat(photos.Select(p => Figure($"<img src=\"{Encode(p.Url)}\" alt=\"{Encode(p.Alt)}\">", Encode(p.Caption))));
    }

    /// <summary>[gallery ids="1,2"] or [gallery] alone, which shows the post's own attachments.</summary>
    [GeneratedRegex(@"\[gallery(?<attributes>[^\]]*)\]")]
    private static partial Regex Gallery();

    private static string Figure(string image, string caption) =>
        caption.Length == 0 ? $"<figure>{image}</figure>" : $"<figure>{image}<figcaption>{caption}</figcaption></figure>";

    private static string Link(string url) => IsUrl(url) ? $"<p><a href=\"{Encode(url)}\">{Encode(url)}</a></p>" : "";

    /// <summary>[embed]URL[/embed]: oEmbed fetched the player when WordPress showed the post.</summary>
    [GeneratedRegex(@"\[embed[^\]]*\](?<url>.*?)\[/embed\]", RegexOptions.Singleline)]
    private static partial Regex Embed();

    /// <summary>[video src="…"] or [audio mp3="…"], closed or not: the first URL among its attributes is the file.</summary>
    [GeneratedRegex(@"\[(?<kind>video|audio)(?<attributes>[^\]]*)\](?:.*?\[/\k<kind>\])?", RegexOptions.Singleline)]
    private static partial Regex Media();

    private static bool IsUrl(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>A player pasted into a classic post: the sanitiser drops iframes, so only its address can survive.</summary>
    [GeneratedRegex(@"<iframe\b[^>]*\bsrc=""(?<src>[^""]+)""[^>]*>.*?</iframe>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Iframe();

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A shortcode attribute, quoted either way, as WordPress's shortcode_parse_atts reads it.</summary>
    [GeneratedRegex(@"(?<name>[a-z0-9_]+)=(?:""(?<value>[^""]*)""|'(?<value>[^']*)')")]
    private static partial Regex Attribute();
}
