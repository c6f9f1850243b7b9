using AngleSharp.Dom;

namespace Marquee.Tests.Infrastructure;

/// <summary>The fields a form submits as a browser would, filled in as the page printed them: the one place tests read a form.</summary>
public static class FormFields
{
    /// <summary>
    /// Named inputs, text areas and selects; check boxes and radios only when checked; no buttons and no antiforgery
    /// token (<see cref="StaffSession.PostAsync"/> adds a fresh one). A repeated name keeps its first value, as model binding does.
    /// </summary>
    public static Dictionary<string, string> Of(IDocument page, string formSelector)
    {
        var form = page.QuerySelector(formSelector) ?? throw new Xunit.Sdk.XunitException($"the page has no {formSelector}");
        var fields = new Dictionary<string, string>();
        foreach (var field in form.QuerySelectorAll("input[name], textarea[name], select[name]").Where(Submitted))
        {
            fields.TryAdd(field.GetAttribute("name")!, ValueOf(field));
        }

        return fields;
    }

    private static bool Submitted(IElement field) =>
        field.GetAttribute("name") != "__RequestVerificationToken"
        && !field.HasAttribute("disabled")
        && field.GetAttribute("type") switch
        {
            "checkbox" or "radio" => field.HasAttribute("checked"),
            "submit" or "button" or "image" or "reset" or "file" => false,
            _ => true,
        };

    private static string ValueOf(IElement field) => field.LocalName switch
    {
        "textarea" => field.TextContent,
        "select" => (field.QuerySelector("option[selected]") ?? field.QuerySelector("option"))?.GetAttribute("value") ?? "",
        _ => field.GetAttribute("value") ?? (field.GetAttribute("type") is "checkbox" or "radio" ? "on" : ""),
    };
}
