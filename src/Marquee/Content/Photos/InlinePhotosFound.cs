using System.Globalization;
using System.Net;
using Marquee.Content.Body;
using Marquee.Media.Photos;

namespace Marquee.Content.Photos;

/// <summary>
/// The photos a body embeds that may be shown now (licence running, renditions made), by number, and the cache tags of
/// every photo it names, shown or not: new metadata, a licence ending or renditions being made evict the page.
/// </summary>
public sealed record InlinePhotosFound(IReadOnlyDictionary<long, Photo> Shown, IReadOnlyList<string> CacheTags)
{
    public static readonly InlinePhotosFound None = new(new Dictionary<long, Photo>(), []);

    /// <summary>
    /// The body as it travels off the site (feeds, the Content API, Apple News): a shown photo as a plain figure (its
    /// shared JPEG at an absolute URL, caption and credit), any other photo as nothing at all.
    /// </summary>
    public string OffSite(string bodyHtml, string siteUrl) =>
        PhotoEmbeds.Expand(bodyHtml, embed => Shown.TryGetValue(embed.PhotoId, out var photo) ? Figure(photo, embed.Caption, siteUrl) : "");

    private static string Figure(Photo photo, string? ownCaption, string siteUrl)
    {
        var jpeg = PhotoFacts.SharedJpegOf(photo);
        var caption = ownCaption ?? photo.Caption;
        var image = string.Create(CultureInfo.InvariantCulture,
            $"<img src=\"{WebUtility.HtmlEncode(siteUrl + jpeg.Url)}\" alt=\"{WebUtility.HtmlEncode(photo.AltText ?? "")}\" width=\"{jpeg.Width}\" height=\"{jpeg.Height}\">");
        var captionHtml = caption is null ? "" : $"<span class=\"caption\">{WebUtility.HtmlEncode(caption)}</span> ";
        var creditHtml = photo.Credit is null ? "" : $"<span class=\"credit\">{WebUtility.HtmlEncode(photo.Credit)}</span>";
        return $"<figure>{image}<figcaption>{captionHtml}{creditHtml}</figcaption></figure>";
    }
}
