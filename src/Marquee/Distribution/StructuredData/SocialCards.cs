using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Distribution.Feeds;
using Marquee.Web.Layout;

namespace Marquee.Distribution.StructuredData;

/// <summary>
/// OpenGraph and Twitter card tags, so a link pasted into a social network or chat shows the story's
/// title, description and photo. The layout writes them as attributes, which Razor encodes.
/// </summary>
public sealed class SocialCards : ISocialCards
{
    public IEnumerable<MetaTag> TagsFor(PageMeta page, SiteUrls urls)
    {
        var description = page.Description ?? urls.Site.Tagline;
        var image = page.Article?.Image is { Url: { } url } photo ? (Url: urls.Absolute(url), Alt: photo.Alt ?? photo.Caption ?? page.Title) : default;
        List<MetaTag> tags =
        [
            new("og:type", page.Article is null ? "website" : "article"),
            new("og:title", page.Title),
            new("og:description", description),
            .. page.CanonicalPath is { } canonical ? [new MetaTag("og:url", urls.Absolute(canonical))] : Array.Empty<MetaTag>(),
            new("og:site_name", urls.Site.Name),
            new("twitter:card", image.Url is null ? "summary" : "summary_large_image"),
            new("twitter:title", page.Title),
            new("twitter:description", description),
        ];
        if (image.Url is not null)
        {
            tags.AddRange([new("og:image", image.Url), new("og:image:alt", image.Alt), new("twitter:image", image.Url), new("twitter:image:alt", image.Alt)]);
        }

        return page.Article is { } article ? tags.Concat(ArticleTags(article)) : tags;
    }

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
