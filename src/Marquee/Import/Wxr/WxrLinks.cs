using System.Net;
using System.Text.RegularExpressions;

namespace Marquee.Import.Wxr;

/// <summary>
/// A link in a body to another item of the export, by its old permalink, guid or <c>?p=ID</c> address, leads to that
/// item's Marquee path instead: the archive's own cross-links keep working once the old site is gone. Scheme, a final
/// slash and the fragment do not matter to the match; the fragment is kept.
/// </summary>
internal sealed partial class WxrLinks(string? siteUrl)
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.OrdinalIgnoreCase);

    public void Add(WxrRecord item, string path)
    {
        var byId = item.Text("wp:post_id") is { } id && siteUrl is not null ? $"{siteUrl.TrimEnd('/')}/?p={id}" : null;
        foreach (var key in new[] { item.Text("link"), item.Text("guid"), byId }.Select(Key).OfType<string>())
        {
            _paths.TryAdd(key, path);
        }
    }

    public string Rewrite(string html) => _paths.Count == 0 ? html : Href().Replace(html, link =>
    {
        var url = WebUtility.HtmlDecode(link.Groups["url"].Value);
        return Key(url) is { } key && _paths.TryGetValue(key, out var path) ? $"href=\"{path}{new Uri(url).Fragment}\"" : link.Value;
    });

    private static string? Key(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.Host + uri.AbsolutePath.TrimEnd('/') + uri.Query
            : null;

    [GeneratedRegex(@"href=""(?<url>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
