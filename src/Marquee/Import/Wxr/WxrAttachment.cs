using System.Text.RegularExpressions;

namespace Marquee.Import.Wxr;

/// <summary>
/// A WordPress attachment (an uploaded file) as Marquee shows an image: its URL, alt text, caption (the excerpt) and
/// credit: the IPTC credit WordPress read from the file (<c>image_meta.credit</c> in the attachment's serialised PHP
/// metadata), else a credit line ending its caption or description ("Photo: Jo Doe", "© Jo Doe").
/// </summary>
internal sealed partial record WxrAttachment(string Id, string? Url, string? Alt, string? Caption, string? Credit, string? ParentId, string? UploadsPath)
{
    public static WxrAttachment From(WxrRecord item)
    {
        var caption = WxrText.Plain(item.Text("excerpt:encoded"));
        var description = WxrText.Plain(item.Text("content:encoded"));
        return new(
            item.Text("wp:post_id")!,
            item.Text("wp:attachment_url") ?? item.Text("guid"),
            item.MetaText("_wp_attachment_image_alt"),
            caption,
            IptcCredit(item) ?? CreditLine(caption) ?? CreditLine(description),
            item.Text("wp:post_parent"),
            item.MetaText("_wp_attached_file"));
    }

    /// <summary>Whether the media library can take it: WordPress also uploads PDFs, audio and video, which stay at their URLs.</summary>
    public bool IsPhoto => Url is not null && Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && PhotoFile().IsMatch(uri.AbsolutePath);

    private static string? IptcCredit(WxrRecord item) =>
        item.MetaText("_wp_attachment_metadata") is { } meta && Iptc().Match(meta) is { Success: true } m && m.Groups["credit"].Value.Trim() is { Length: > 0 } credit ? credit : null;

    private static string? CreditLine(string? text) => text is not null && Credited().Match(text) is { Success: true } m ? m.Groups["credit"].Value.Trim() : null;

    /// <summary>PHP's serialize() writes a string as s:LENGTH:"TEXT"; the credit's text is what the length says, quotes and all.</summary>
    [GeneratedRegex(@"s:6:""credit"";s:\d+:""(?<credit>[^""]*)"";")]
    private static partial Regex Iptc();

    /// <summary>"… Photo: Jo Doe", "(Photo by Jo Doe/Agency)", "Credit: Jo Doe.", "© 2017 Jo Doe" closing the text.</summary>
    [GeneratedRegex(@"(?:^|[\s(\[|])(?:(?:photo(?:graph)?|image|picture)(?:\s+by|\s*:)|credit\s*:|courtesy(?:\s+of)?|©|\(c\))\s*(?<credit>[^()\[\]|]{2,120}?)[)\]]?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Credited();

    [GeneratedRegex(@"\.(?:jpe?g|png|gif|webp|avif|heic|tiff?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoFile();
}
