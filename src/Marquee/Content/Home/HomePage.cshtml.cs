using Marquee.Content.Articles;
using Marquee.Platform;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Home;

/// <summary>The front: the editors' top stories, then every desk's rails in order (<see cref="HomeRail"/>).</summary>
[PublicPage]
public sealed class HomePage(ArticleQueries articles, IEnumerable<HomeRail> rails, IOptions<SiteOptions> options) : PageModel
{
    public string SiteName => options.Value.Name;

    public HomeFront Front { get; private set; } = new(1, []);

    public IReadOnlyList<HomeRail> Rails { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        var site = options.Value;
        var topStories = page <= 1
            ? (await articles.ListAsync(new ArticleFilter(TopStoriesOnly: true), 1, HomeFront.TopStoryCount, cancellationToken)).Items
            : [];
        Front = new HomeFront(Math.Max(page, 1), topStories);
        Rails = HomeRails.On(rails, page);
        ViewData[PageMeta.Key] = new PageMeta(page > 1 ? $"Latest News, page {page}" : site.Name, site.Tagline, page > 1 ? $"/?page={page}" : "/")
        {
            IsHome = page <= 1,
        };
        PageCache.Tag(HttpContext, ArticleCacheTags.OfCards(topStories).Append(CacheTags.Home));
    }
}
