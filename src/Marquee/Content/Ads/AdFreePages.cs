using Marquee.Content.Articles;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Marquee.Content.Ads;

/// <summary>
/// A page without ads says so in its ViewData, which the layout reads after the page has rendered: a story the newsroom
/// tagged ad-free (Marquee:Ads:AdFreeTag), or any page that calls <see cref="Mark"/> (a tip line). The newsroom has its own layout.
/// </summary>
public static class AdFreePages
{
    private const string Key = "Marquee.AdFree";

    public static void Mark(ViewDataDictionary viewData) => viewData[Key] = true;

    public static bool IsAdFree(ViewDataDictionary viewData) => viewData[Key] is true;

    public static void MarkIfTagged(ViewDataDictionary viewData, ArticleDetail article, AdOptions options)
    {
        if (article.Tags.Any(tag => tag.Slug == options.AdFreeTag) || article.InternalTagSlugs.Contains(options.AdFreeTag))
        {
            Mark(viewData);
        }
    }
}
