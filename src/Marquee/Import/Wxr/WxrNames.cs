using System.Text.RegularExpressions;

namespace Marquee.Import.Wxr;

/// <summary>
/// The namespaces a WXR file's elements are read in, by the short prefix WordPress gives them. An element in any other
/// namespace (a plugin's, or <c>wp:</c> bound elsewhere to hijack a field) is not WordPress's and is never read.
/// </summary>
internal static partial class WxrNames
{
    public const string Wp = "wp";

    /// <summary>The prefix of a namespace WordPress writes, or null for one it does not.</summary>
    public static string? PrefixOf(string namespaceUri) => namespaceUri switch
    {
        "" => "",
        "http://purl.org/rss/1.0/modules/content/" => "content",
        "http://purl.org/dc/elements/1.1/" => "dc",
        _ when Export().Match(namespaceUri) is { Success: true } m => m.Groups["excerpt"].Success ? "excerpt" : Wp,
        _ => null,
    };

    /// <summary>The WXR version a namespace names ("1.2"), for any http(s)://wordpress.org/export/N/ namespace; null for others.</summary>
    public static string? VersionOf(string namespaceUri) => AnyExport().Match(namespaceUri) is { Success: true } m ? m.Groups["version"].Value : null;

    [GeneratedRegex(@"^https?://wordpress\.org/export/1\.[012]/(?<excerpt>excerpt/)?$")]
    private static partial Regex Export();

    [GeneratedRegex(@"^https?://wordpress\.org/export/(?<version>[^/]+)/$")]
    private static partial Regex AnyExport();
}
