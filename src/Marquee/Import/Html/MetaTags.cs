using AngleSharp.Html.Dom;

namespace Marquee.Import.Html;

/// <summary>The article metadata of Dublin Core, OpenGraph, <c>article:*</c>, Twitter and plain <c>meta</c> tags (in that order of trust), and the canonical link.</summary>
internal static class MetaTags
{
    private static readonly string[] AuthorTags = ["dc:creator", "dc.creator", "dcterm:creator", "author", "article:author", "byl", "parsely-author", "sailthru.author"];

    public static PageMetadata Read(IHtmlDocument page)
    {
        // One tag may name several properties at once ("og:title twitter:title"): it answers to each.
        var tags = page.QuerySelectorAll("meta[content]")
            .SelectMany(m => (m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? "")
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(name => (Name: name.ToLowerInvariant(), Value: HtmlText.Squeeze(m.GetAttribute("content")))))
            .Where(t => !string.IsNullOrEmpty(t.Value))
            .ToLookup(t => t.Name, t => t.Value!);
        string? First(params string[] names) => names.SelectMany(n => tags[n]).FirstOrDefault();
        return new PageMetadata
        {
            Headline = First("dc:title", "dc.title", "dcterm:title", "og:title", "twitter:title", "headline"),
            Description = First("dc:description", "dc.description", "dcterm:description", "og:description", "twitter:description", "description"),
            // The first kind of tag that names anyone: sites fill several with the same people, or with placeholders.
            Authors = AuthorTags.Select(n => tags[n].SelectMany(HtmlText.Bylines).Distinct(StringComparer.OrdinalIgnoreCase).ToList()).FirstOrDefault(names => names.Count > 0) ?? [],
            PublishedAt = HtmlDates.Parse(First("article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "parsely-pub-date", "sailthru.date")),
            ModifiedAt = HtmlDates.Parse(First("article:modified_time", "og:updated_time", "datemodified")),
            ImageUrl = First("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"),
            ImageCaption = First("og:image:alt", "twitter:image:alt"),
            Tags = [.. tags["article:tag"].Concat(tags["news_keywords"].SelectMany(k => k.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
                .Where(t => t.Length is > 0 and <= 60).Distinct(StringComparer.OrdinalIgnoreCase)],
            Section = First("article:section"),
            CanonicalUrl = page.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href") ?? First("og:url"),
        };
    }
}
