using System.Globalization;
using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Content.Outbound;
using Marquee.Distribution.Feeds;
using Marquee.Web.Layout;

namespace Marquee.Distribution.AppleNews;

/// <summary>One story as an Apple News Format article: title, intro (the dek), byline, the lead photo with its credit, then the body; a gallery's photos follow as a gallery component.</summary>
internal static class AnfArticle
{
    /// <summary>Every component and property written here exists in ANF 1.7, the oldest version Apple still documents in full.</summary>
    private const string Version = "1.7";

    public static AnfDocument From(OutboundArticle article, IReadOnlyList<GalleryPhoto> gallery, SiteUrls urls)
    {
        List<AnfComponent> components = [AnfComponent.Plain("title", article.Headline)];
        if (article.Dek is { } dek)
        {
            components.Add(AnfComponent.Plain("intro", dek));
        }

        components.Add(AnfComponent.Plain("byline", Byline(article)));
        var lead = article.FeatureImage is { Url: { } url } image ? new AnfImage(urls.Absolute(url), AnfImage.CaptionWithCredit(image.Caption, image.ShownCredit)) : null;
        if (lead is not null)
        {
            components.Add(AnfComponent.Image("figure", lead));
        }

        components.AddRange(AnfBody.From(article.BodyHtml, urls));
        var photos = gallery.Select(p => new AnfImage(urls.Absolute(GalleryImages.JpegUrl(p.Photo)), AnfImage.CaptionWithCredit(p.Caption, p.Credit))).ToList();
        if (photos.Count > 0)
        {
            components.Add(new AnfComponent("gallery") { Items = photos });
        }

        var metadata = new AnfMetadata(
            article.Authors.Select(a => a.Name).ToList(),
            urls.Absolute(article.Path),
            FeedDates.Rfc3339(article.PublishedAt),
            FeedDates.Rfc3339(article.LastChanged),
            article.Excerpt ?? article.Dek,
            article.Tags.Select(t => t.Name).Take(50).ToList(),
            (lead ?? photos.FirstOrDefault())?.Url);
        return new AnfDocument(Version, article.Id.ToString(CultureInfo.InvariantCulture), article.Headline, "en", new AnfLayout(), components, metadata)
        {
            Subtitle = article.Dek,
        };
    }

    /// <summary>"By A, B and C | November 19, 2017", the byline Apple News shows under the title.</summary>
    private static string Byline(OutboundArticle article)
    {
        var date = article.PublishedAt.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        var names = article.Authors.Select(a => a.Name).ToList();
        return names.Count switch
        {
            0 => date,
            1 => $"By {names[0]} | {date}",
            _ => $"By {string.Join(", ", names[..^1])} and {names[^1]} | {date}",
        };
    }
}
