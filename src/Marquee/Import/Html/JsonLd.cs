using System.Text.Json;

namespace Marquee.Import.Html;

/// <summary>
/// The article object of a page's JSON-LD blocks, wherever it sits: top level, in an array, in <c>@graph</c>, or as
/// the <c>mainEntity</c> of a web page. Values come in every shape the vocabulary allows (a string, an object with a
/// name or url, an array of either), so each reader accepts all of them; a block that is not JSON is passed over.
/// </summary>
internal static class JsonLd
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
        "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report",
    };

    /// <summary>Where a page nests its main object below another one.</summary>
    private static readonly string[] Nesting = ["@graph", "mainEntity"];

    public static PageMetadata? Article(IEnumerable<string> blocks)
    {
        foreach (var block in blocks)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(block, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                if (Objects(document.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                {
                    return Read(article);
                }
            }
        }

        return null;
    }

    private static PageMetadata Read(JsonElement article) => new()
    {
        Headline = Text(article, "headline") ?? Text(article, "name"),
        Description = Text(article, "description"),
        Authors = [.. Names(article, "author").Concat(Names(article, "creator")).Distinct(StringComparer.OrdinalIgnoreCase)],
        PublishedAt = HtmlDates.Parse(Text(article, "datePublished") ?? Text(article, "dateCreated")),
        ModifiedAt = HtmlDates.Parse(Text(article, "dateModified")),
        ImageUrl = Image(article) is { } image ? Text(image, "url") ?? Text(image, "contentUrl") ?? StringOf(image) : null,
        ImageCaption = Image(article) is { ValueKind: JsonValueKind.Object } captioned ? Text(captioned, "caption") : null,
        ImageCredit = Image(article) is { ValueKind: JsonValueKind.Object } credited
            ? Text(credited, "creditText") ?? Names(credited, "copyrightHolder").Concat(Names(credited, "author")).FirstOrDefault()
            : null,
        Tags = Keywords(article),
        Section = Values(article, "articleSection").Select(StringOf).FirstOrDefault(s => s is not null),
        ArticleBody = Text(article, "articleBody"),
        CanonicalUrl = Text(article, "url") ?? (article.TryGetProperty("mainEntityOfPage", out var page) ? Text(page, "@id") ?? StringOf(page) : null),
    };

    private static bool IsArticle(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@type", out var type) && Values(type).Any(t => StringOf(t) is { } name && ArticleTypes.Contains(name));

    /// <summary>Every object a block holds at the places articles are put: the root, arrays, <c>@graph</c>, <c>mainEntity</c>.</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        foreach (var item in Values(element))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            yield return item;
            foreach (var nested in Nesting.Where(name => item.TryGetProperty(name, out _)).SelectMany(name => Objects(item.GetProperty(name))))
            {
                yield return nested;
            }
        }
    }

    private static JsonElement? Image(JsonElement article) =>
        article.TryGetProperty("image", out var image) ? Values(image).Cast<JsonElement?>().FirstOrDefault() : null;

    private static IReadOnlyList<string> Keywords(JsonElement article) =>
        [.. Values(article, "keywords").Select(StringOf).OfType<string>()
            .SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(k => k.Length is > 0 and <= 60 && !k.Contains(':'))
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    private static IEnumerable<string> Names(JsonElement item, string property) =>
        Values(item, property).Select(v => v.ValueKind == JsonValueKind.Object ? Text(v, "name") : StringOf(v))
            .OfType<string>()
            .Where(HtmlText.LooksLikeAName);

    private static IEnumerable<JsonElement> Values(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) ? Values(value) : [];

    private static IEnumerable<JsonElement> Values(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().AsEnumerable() : [value];

    private static string? Text(JsonElement item, string property) =>
        Values(item, property).Select(StringOf).FirstOrDefault(s => s is not null);

    private static string? StringOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && HtmlText.Squeeze(value.GetString()) is { Length: > 0 } text ? text : null;
}
