using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// The checks of the Nu HTML Checker and axe-core that need no browser, run on a page as served: what a newsroom
/// page gets wrong most often (a time it cannot parse, a control without a name, a header without words).
/// </summary>
internal static partial class MarkupChecks
{
    public static IEnumerable<string> Of(IDocument page) =>
        Times(page).Concat(EmptyHeaders(page)).Concat(PhoneLabels(page)).Concat(ButtonNames(page)).Concat(Labels(page)).Concat(HeadingOrder(page));

    /// <summary>HTML's valid global date and time: seconds at most to three decimals, then Z or an offset.</summary>
    private static IEnumerable<string> Times(IDocument page) =>
        page.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime") ?? "")
            .Where(value => !GlobalDateTime().IsMatch(value))
            .Select(value => $"<time datetime=\"{value}\"> is not a valid global date and time");

    private static IEnumerable<string> EmptyHeaders(IDocument page) =>
        page.QuerySelectorAll("th").Where(th => Words(th).Length == 0).Select(th => $"an empty <th> in {Where(th)}");

    /// <summary>On a phone a table's rows stack and its header goes: each cell carries its column's header as data-label.</summary>
    private static IEnumerable<string> PhoneLabels(IDocument page) =>
        page.QuerySelectorAll("table.nr-table").SelectMany(table =>
        {
            var headers = table.QuerySelectorAll("thead th").Select(Words).ToHashSet();
            return table.QuerySelectorAll("tbody td")
                .Where(td => !headers.Contains(td.GetAttribute("data-label") ?? ""))
                .Select(td => $"a cell of {Where(td)} without its column's header as data-label");
        });

    /// <summary>Every button has a name, and a name given by aria-label contains the words the button shows (WCAG 2.5.3).</summary>
    private static IEnumerable<string> ButtonNames(IDocument page)
    {
        foreach (var button in page.QuerySelectorAll("button"))
        {
            var shown = Words(button);
            var label = button.GetAttribute("aria-label");
            if (shown.Length == 0 && string.IsNullOrWhiteSpace(label))
            {
                yield return $"a button without a name in {Where(button)}";
            }
            else if (label is not null && !label.Contains(shown, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"button '{shown}' is named '{label}', which does not contain what it shows";
            }
        }
    }

    private static IEnumerable<string> Labels(IDocument page) =>
        page.QuerySelectorAll("input:not([type=hidden]), select, textarea")
            .Where(control => control.Closest("label") is null
                && !control.HasAttribute("aria-label") && !control.HasAttribute("aria-labelledby")
                && (control.Id is null || page.QuerySelector($"label[for='{control.Id}']") is null))
            .Select(control => $"<{control.LocalName} name=\"{control.GetAttribute("name")}\"> has no label");

    /// <summary>Headings go down one level at a time (h1 then h2, never h1 then h3).</summary>
    private static IEnumerable<string> HeadingOrder(IDocument page)
    {
        var previous = 0;
        foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (level > previous + 1)
            {
                yield return $"<{heading.LocalName}> '{Words(heading)}' follows <h{previous}>";
            }

            previous = level;
        }
    }

    private static string Words(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Where(IElement element) => element.Closest("[id]")?.Id is { } id ? $"#{id}" : "the page";

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$")]
    private static partial Regex GlobalDateTime();
}
