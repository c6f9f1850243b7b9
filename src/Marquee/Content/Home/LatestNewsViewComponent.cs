using Marquee.Content.Articles;
using Marquee.Platform;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Home;

/// <summary>The Latest News rail: every public story newest first, less the top stories above it, paged by <c>?page=</c>.</summary>
public sealed class LatestNewsViewComponent(ArticleQueries articles, IOptions<SiteOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(HomeFront front)
    {
        var latest = await articles.ListAsync(new ArticleFilter(ExceptLeadingTopStories: HomeFront.TopStoryCount), front.Page, options.Value.PageSize, HttpContext.RequestAborted);
        PageCache.Tag(HttpContext, ArticleCacheTags.OfCards(latest.Items));
        return View("/Content/Home/_LatestNews.cshtml", new ArticleListModel(latest, "/", LeadsPage: front.TopStories.Count == 0));
    }
}
