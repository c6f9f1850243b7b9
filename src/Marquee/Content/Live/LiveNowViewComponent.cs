using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Content.Live;

/// <summary>The home page's "Live now" module: links to the stories whose coverage is running; nothing when none is.</summary>
public sealed class LiveNowViewComponent(LiveQueries live, LiveNowSnapshot snapshot) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var stories = await snapshot.ReadAsync(live, HttpContext.RequestAborted);
        PageCache.Tag(HttpContext, stories.Select(story => CacheTags.Article(story.Id)).Append(LiveCacheTags.LiveNow));
        return View("/Content/Live/_LiveNow.cshtml", stories);
    }
}
