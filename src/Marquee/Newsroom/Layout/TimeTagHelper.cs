using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Marquee.Newsroom.Layout;

/// <summary>
/// <c>&lt;nr-time at="…" /&gt;</c> becomes <c>&lt;time datetime="2026-12-07T18:20:00Z"&gt;2026-12-07 18:20 UTC&lt;/time&gt;</c>:
/// the one place the newsroom writes a time, so every <c>datetime</c> is a valid global date and time (whole seconds,
/// "Z"; "O"'s seven-digit fractions are not) and every time is shown in the newsroom's zone, named.
/// </summary>
[HtmlTargetElement("nr-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TimeTagHelper(NewsroomTimeZone zone) : TagHelper
{
    /// <summary>A UTC instant (as stored: SQLite's columns come back unspecified, and they hold UTC).</summary>
    public DateTime At { get; set; }

    /// <summary>How the time is shown, before its zone's name.</summary>
    public string Format { get; set; } = "yyyy-MM-dd HH:mm";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", Machine(At));
        output.Content.SetContent($"{zone.Local(At).ToString(Format, CultureInfo.InvariantCulture)} {zone.Name}");
    }

    /// <summary>A valid HTML global date and time to the second, for <c>datetime</c> attributes.</summary>
    public static string Machine(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
