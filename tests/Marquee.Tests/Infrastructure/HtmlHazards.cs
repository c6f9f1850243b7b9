using AngleSharp.Dom;
using Marquee.Platform.Security;

namespace Marquee.Tests.Infrastructure;

/// <summary>What must never reach a reader from stored content: scripts, frames, event handlers, styles, <c>javascript:</c> URLs and form controls.</summary>
public static class HtmlHazards
{
    private const string Elements = "script:not([type='application/ld+json']), iframe, svg, object, embed";

    private static readonly string FormElements = string.Join(", ", HtmlPolicy.FormControls.Concat(HtmlPolicy.FormContainers));

    /// <summary>Each hazard in a document or fragment, described; empty when it is inert.</summary>
    public static IReadOnlyList<string> In(IDocument document)
    {
        var elements = document.QuerySelectorAll($"{Elements}, {FormElements}").Where(e => !IsSiteChrome(e)).Select(e => $"<{e.LocalName}>");
        var attributes = document.All.SelectMany(e => e.Attributes.Select(a => (Element: e.LocalName, Attribute: a)))
            .Where(x => x.Attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || x.Attribute.Name == "style" || IsScriptUrl(x.Attribute.Value))
            .Select(x => $"<{x.Element} {x.Attribute.Name}=\"{x.Attribute.Value}\">");
        return [.. elements, .. attributes];
    }

    public static IReadOnlyList<string> In(string html) => In(HtmlPage.Parse(html));

    /// <summary>
    /// The layout's own search form, account slot and consent banner and their scripts, outside main; the story page's
    /// share buttons and most-read rail and their scripts, outside the story's body: places no stored content can reach.
    /// </summary>
    private static bool IsSiteChrome(IElement element) =>
        element.Closest("body > header.masthead > form.masthead-search") is not null
        || (element.Matches("ul.share > li > button[data-share-copy], ul.share > li > button[data-share-native]") && element.Closest(".body") is null)
        || element.Matches("head > script[src^='/js/share.js'], section.most-read > script[src^='/js/most-read.js']")
        || element.Matches("head > script[src^='/js/search-suggest.js']")
        || element.Matches("body > header.masthead > script[src^='/js/me.js']")
        || element.Closest("body > section#consent") is not null || element.Matches("body > script[src^='/js/consent.js']");

    /// <summary>Browsers skip spaces and control characters before and inside a scheme: "java\tscript:" runs.</summary>
    private static bool IsScriptUrl(string value) =>
        new string([.. value.Where(c => c > ' ')]).StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
}
