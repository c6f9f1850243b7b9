using System.Text.RegularExpressions;

namespace Marquee.Import.Wxr;

/// <summary>
/// A WordPress attachment (an uploaded file) as Marquee shows an image: its URL, alt text, caption (the excerpt) and
/// credit, which WordPress keeps only in the IPTC data it read from the file (<c>image_meta.credit</c> in the
/// attachment's serialised PHP metadata).
/// </summary>
internal sealed partial record WxrAttachment(string? Url, string? Alt, string? Caption, string? Credit, string? ParentId)
{
    public static WxrAttachment From(WxrRecord item) => new(
        item.Text("wp:attachment_url") ?? item.Text("guid"),
        item.MetaText("_wp_attachment_image_alt"),
        WxrText.Plain(item.Text("excerpt:encoded")),
        item.MetaText("_wp_attachment_metadata") is { } meta && IptcCredit().Match(meta) is { Success: true } m && m.Groups["credit"].Value.Trim() is { Length: > 0 } credit ? credit : null,
        item.Text("wp:post_parent"));

    /// <summary>PHP's serialize() writes a string as s:LENGTH:"TEXT"; the credit's text is what the length says, quotes and all.</summary>
    [GeneratedRegex(@"s:6:""credit"";s:\d+:""(?<credit>[^""]*)"";")]
    private static partial Regex IptcCredit();
}
