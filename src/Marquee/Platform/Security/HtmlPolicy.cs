using Ganss.Xss;

namespace Marquee.Platform.Security;

/// <summary>
/// The one allow-list for stored HTML: every body is sanitised on save, whatever its source
/// (editor, Ghost export, crawl), so pages can print it without a second thought.
/// </summary>
public static class HtmlPolicy
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.UnionWith(["figure", "figcaption", "aside", "section", "picture", "source"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.UnionWith(["class", "srcset", "sizes", "loading"]);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }
}
