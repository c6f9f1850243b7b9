using System.Net;
using AngleSharp.Html.Dom;

namespace Marquee.Import.Html;

/// <summary>Reads the article of a saved page: declared metadata first (JSON-LD, then meta tags), the body by extraction.</summary>
internal static class HtmlArticles
{
    /// <summary>Fewer words than this is a page about something else (a section front, a video, a login wall).</summary>
    private const int MinWords = 40;

    public static HtmlArticle Read(string path, IHtmlDocument page)
    {
        var declared = JsonLd.Article(page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var tags = MetaTags.Read(page);
        // Read before extraction, which takes the page apart.
        var onPage = HeadlineOnPage(page);
        var baseUrl = AbsoluteOrNull(declared?.CanonicalUrl) ?? AbsoluteOrNull(tags.CanonicalUrl) ?? "https://imported.invalid/";
        var extracted = ArticleBodies.Extract(page, baseUrl);
        var body = BodyOf(extracted, declared?.ArticleBody)
            ?? throw new ImportException(path, null, $"no article found: fewer than {MinWords} words of body text");
        var metadata = Merge(declared, tags, extracted?.Byline, baseUrl);
        var headline = metadata.Headline ?? onPage
            ?? throw new ImportException(path, null, "no article found: the page has no headline (no JSON-LD headline, og:title, h1 or title)");
        return new HtmlArticle(metadata, headline, body.Html, body.Text);
    }

    /// <summary>
    /// The extracted body; or the JSON-LD <c>articleBody</c> as plain paragraphs when extraction found little of it
    /// (a page that draws its text with script, or whose markup defeats the scoring).
    /// </summary>
    private static (string Html, string Text)? BodyOf(ExtractedBody? extracted, string? declaredBody)
    {
        var extractedWords = WordCount(extracted?.Text);
        if (declaredBody is { } text && WordCount(text) >= MinWords && extractedWords < WordCount(text) / 2)
        {
            var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return (string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>")), text);
        }

        return extracted is not null && extractedWords >= MinWords ? (DeclaredBodyFilter.Apply(extracted.Html, declaredBody), extracted.Text) : null;
    }

    private static PageMetadata Merge(PageMetadata? declared, PageMetadata tags, string? visibleByline, string baseUrl)
    {
        var first = declared ?? new PageMetadata();
        return new PageMetadata
        {
            Headline = first.Headline ?? tags.Headline,
            Description = first.Description ?? tags.Description,
            Authors = first.Authors.Count > 0 ? first.Authors
                : tags.Authors.Count > 0 ? tags.Authors
                : [.. HtmlText.VisibleBylines(visibleByline ?? "")],
            PublishedAt = first.PublishedAt ?? tags.PublishedAt,
            ModifiedAt = first.ModifiedAt ?? tags.ModifiedAt,
            ImageUrl = Absolute(first.ImageUrl ?? tags.ImageUrl, baseUrl),
            ImageCaption = first.ImageCaption ?? tags.ImageCaption,
            ImageCredit = first.ImageCredit ?? tags.ImageCredit,
            Tags = first.Tags.Count > 0 ? first.Tags : tags.Tags,
            Section = first.Section ?? tags.Section,
            CanonicalUrl = baseUrl == "https://imported.invalid/" ? null : baseUrl,
        };
    }

    /// <summary>The document's title (a site name after " | " or " - " cut off when what is left is a headline's length), else the first h1.</summary>
    private static string? HeadlineOnPage(IHtmlDocument page)
    {
        if (HtmlText.Squeeze(page.Title) is { Length: > 0 } title)
        {
            var cut = title.Split([" | ", " - ", " – ", " — ", " :: "], StringSplitOptions.None)[0];
            return cut.Split(' ').Length >= 4 ? cut : title;
        }

        return HtmlText.Squeeze(page.QuerySelector("h1")?.TextContent) is { Length: > 0 } h1 ? h1 : null;
    }

    private static int WordCount(string? text) =>
        text is null ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length + text.Count(IsCjk);

    /// <summary>A Chinese, Japanese or Korean character: those languages put no spaces between words.</summary>
    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uac00' and <= '\ud7a3';

    private static string? AbsoluteOrNull(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string? Absolute(string? url, string baseUrl) =>
        url is not null && Uri.TryCreate(new Uri(baseUrl), url, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}
