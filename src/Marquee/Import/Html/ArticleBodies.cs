using AngleSharp.Html.Dom;
using SmartReader;

namespace Marquee.Import.Html;

/// <summary>
/// The body of a saved page by Readability's scoring (SmartReader, a port of Mozilla's Readability): the densest
/// block of paragraphs, cleaned of the site's chrome. Of its metadata guesses only the visible byline is kept:
/// <see cref="PageMetadata"/> reads what the page declares first.
/// </summary>
internal static class ArticleBodies
{
    public static ExtractedBody? Extract(IHtmlDocument page, string baseUrl)
    {
        using var reader = new Reader(baseUrl, page) { ContinueIfNotReadable = true, DisableJSONLD = true };
        var article = reader.GetArticle();
        return string.IsNullOrWhiteSpace(article.TextContent) ? null : new ExtractedBody(article.Content, article.TextContent, article.Byline);
    }
}

/// <summary>A body as the extractor found it, with the byline it saw on the page (if any).</summary>
internal sealed record ExtractedBody(string Html, string Text, string? Byline);
