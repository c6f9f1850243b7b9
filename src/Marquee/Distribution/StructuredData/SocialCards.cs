using System.Globalization;
using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Photos;
using Marquee.Distribution.Feeds;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>
/// OpenGraph and Twitter card tags, so a link pasted into a social network or chat shows the story's
/// title, description and photo (a raster at least 1,200 px wide with its size, on every page). The layout writes them as attributes, which Razor encodes.
/// </summary>
public sealed class SocialCards : ISocialCards
{
    public IEnumerable<MetaTag> TagsFor(PageMeta page, SiteUrls urls)
    {
        var description = page.Description ?? urls.Site.Tagline;
        var image = ImageOf(page);
        var alt = image == SiteShareImage.Card ? urls.Site.Name : page.Article?.Image?.Alt ?? page.Article?.Image?.Caption ?? page.Title;
        var imageUrl = urls.Absolute(image.Url);
        List<MetaTag> tags =
        [
            new("og:type", page.Article is null ? "website" : "article"),
            new("og:title", page.Title),
            new("og:description", description),
            .. page.CanonicalPath is { } canonical ? [new MetaTag("og:url", urls.Absolute(canonical))] : Array.Empty<MetaTag>(),
            new("og:site_name", urls.Site.Name),
            new("twitter:card", "summary_large_image"),
            new("twitter:title", page.Title),
            new("twitter:description", description),
            new("og:image", imageUrl),
            new("og:image:width", image.Width.ToString(CultureInfo.InvariantCulture)),
            new("og:image:height", image.Height.ToString(CultureInfo.InvariantCulture)),
            new("og:image:alt", alt),
            new("twitter:image", imageUrl),
            new("twitter:image:alt", alt),
        ];

        return page.Article is { } article ? tags.Concat(ArticleTags(article)) : tags;
    }

    /// <summary>The story photo's 16:9 crop when it is wide enough for a large card, else the site's card: never an SVG or a thumbnail.</summary>
    private static SizedImage ImageOf(PageMeta page) =>
        page.PhotoCrops is [{ Width: >= SiteShareImage.SmallestWidth } wide, ..] ? wide : SiteShareImage.Card;

    private static IEnumerable<MetaTag> ArticleTags(ArticleDetail article)
    {
        yield return new("article:published_time", FeedDates.Rfc3339(article.PublishedAt!.Value));
        yield return new("article:modified_time", FeedDates.Rfc3339(article.LastChanged));
        if (article.Section is { } section)
        {
            yield return new("article:section", section.Name);
        }

        foreach (var tag in article.Tags)
        {
            yield return new("article:tag", tag.Name);
        }
    }
}
