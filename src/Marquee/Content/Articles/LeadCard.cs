using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Marquee.Content.Articles;

/// <summary>
/// Marks the first card of a page: its image is the page's largest paint, so it loads at once and first
/// (<c>fetchpriority="high"</c>) where every other card's image waits until scrolled near (lazy).
/// </summary>
public static class LeadCard
{
    private const string Key = "LeadCard";

    public static ViewDataDictionary ViewData(ViewDataDictionary parent) => new(parent) { [Key] = true };

    public static bool Is(ViewDataDictionary viewData) => viewData[Key] is true;
}
