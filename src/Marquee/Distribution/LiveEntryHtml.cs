using System.Net;
using Marquee.Content.Galleries;
using Marquee.Content.Live;

namespace Marquee.Distribution;

/// <summary>A live entry as HTML that leaves the site (feeds, the Content API): absolute photo URLs, and a photo only with its credit.</summary>
internal static class LiveEntryHtml
{
    /// <summary>The entry's body, then its photo as the page shows it: only while its licence runs and its renditions exist.</summary>
    public static string Body(LiveEntryView entry, string siteUrl, DateTime now)
    {
        if (entry.Photo is not { } photo || !photo.IsUsableAt(now) || photo.RenditionsMadeAt is null)
        {
            return entry.BodyHtml;
        }

        var image = GalleryImages.Of(photo);
        var caption = string.Join(' ', new[] { image.Caption, image.ShownCredit }.OfType<string>().Select(WebUtility.HtmlEncode));
        return $"{entry.BodyHtml}<figure><img src=\"{WebUtility.HtmlEncode(siteUrl + image.Url)}\" alt=\"{WebUtility.HtmlEncode(image.Alt ?? "")}\"><figcaption>{caption}</figcaption></figure>";
    }

    /// <summary>The whole entry for a reader of the story elsewhere: its anchor, time, title and body.</summary>
    public static string Entry(LiveEntryView entry, string siteUrl, DateTime now)
    {
        var title = entry.Title is null ? "" : $"<h3>{WebUtility.HtmlEncode(entry.Title)}</h3>";
        return $"<article id=\"{entry.Anchor}\"><p><time datetime=\"{LiveTimes.Instant(entry.CreatedAt)}\">{LiveTimes.Clock(entry.CreatedAt)}</time></p>{title}{Body(entry, siteUrl, now)}</article>";
    }
}
