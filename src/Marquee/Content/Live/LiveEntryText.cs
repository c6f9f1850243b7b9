using AngleSharp.Html.Parser;

namespace Marquee.Content.Live;

/// <summary>The words of an entry's sanitised body, for structured data and feeds: what a reader sees, no markup.</summary>
public static class LiveEntryText
{
    public static string Of(string bodyHtml) =>
        string.Join(' ', (new HtmlParser().ParseFragment(bodyHtml, null!).Select(n => n.TextContent)).SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
