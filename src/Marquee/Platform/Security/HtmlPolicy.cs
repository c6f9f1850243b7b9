using AngleSharp.Dom;
using Ganss.Xss;

namespace Marquee.Platform.Security;

/// <summary>
/// The one allow-list for stored HTML: every body is sanitised on save, whatever its source
/// (editor, Ghost export, crawl), so pages can print it without a second thought.
/// No form control survives (decision 0031): a story must never ask a reader to type anything.
/// </summary>
public static class HtmlPolicy
{
    /// <summary>Controls a reader types into or presses: removed with what they hold, which is a value, an option or a button's label.</summary>
    public static readonly IReadOnlySet<string> FormControls = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "input", "button", "select", "option", "optgroup", "datalist", "textarea", "output", "keygen",
    };

    /// <summary>What groups or names controls: removed, but its text stays as the prose it is ("Your answer:").</summary>
    public static readonly IReadOnlySet<string> FormContainers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "form", "fieldset", "legend", "label",
    };

    /// <summary>Attributes that mean something only to a form, or make an element one (contenteditable).</summary>
    private static readonly string[] FormAttributes =
    [
        "accept", "accept-charset", "action", "autocomplete", "challenge", "checked", "contenteditable", "disabled", "enctype",
        "for", "keytype", "list", "maxlength", "method", "multiple", "novalidate", "pattern", "placeholder", "readonly",
        "required", "selected", "step",
    ];

    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.UnionWith(["figure", "figcaption", "aside", "section", "picture", "source"]);
        sanitizer.AllowedTags.ExceptWith(FormControls);
        sanitizer.AllowedTags.ExceptWith(FormContainers);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.ExceptWith(FormAttributes);
        sanitizer.AllowedAttributes.UnionWith(["class", "srcset", "sizes", "loading"]);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.RemovingTag += (_, removing) => KeepContainersText(removing);
        return sanitizer;
    }

    /// <summary>A form container is unwrapped rather than dropped; what it held is sanitised like the rest, since the sanitiser listed every element before removing any.</summary>
    private static void KeepContainersText(RemovingTagEventArgs removing)
    {
        if (FormContainers.Contains(removing.Tag.LocalName))
        {
            removing.Cancel = true;
            removing.Tag.Replace([.. removing.Tag.ChildNodes]);
        }
    }
}
