using Marquee.Content.Articles;
using Marquee.Content.Home;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Content.Galleries;

/// <summary>The home page's Galleries rail: the newest galleries not among the top stories; nothing when there are none.</summary>
public sealed class GalleriesRailViewComponent(ArticleQueries articles, GalleriesRailSnapshot snapshot) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(HomeFront front)
    {
        var galleries = await snapshot.ExceptAsync(front, articles, HttpContext.RequestAborted);
        PageCache.Tag(HttpContext, ArticleCacheTags.OfCards(galleries));
        return galleries.Count == 0 ? Content(string.Empty) : View("/Content/Galleries/_GalleriesRail.cshtml", galleries);
    }
}
