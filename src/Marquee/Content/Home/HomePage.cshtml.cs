using Marquee.Content.Articles;
using Marquee.Platform;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Home;

[PublicPage]
public sealed class HomePage(ArticleQueries articles, IOptions<SiteOptions> options) : PageModel
{
    private const int TopStoryCount = 4;

    public string SiteName => options.Value.Name;

    public IReadOnlyList<ArticleCard> TopStories { get; private set; } = [];

    public PageOf<ArticleCard> Latest { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        var site = options.Value;
        if (page <= 1)
        {
            TopStories = (await articles.ListAsync(new ArticleFilter(TopStoriesOnly: true), 1, TopStoryCount, cancellationToken)).Items;
        }

        Latest = await articles.ListAsync(new ArticleFilter(ExceptLeadingTopStories: TopStoryCount), page, site.PageSize, cancellationToken);
        ViewData[PageMeta.Key] = new PageMeta(page > 1 ? $"Latest News, page {page}" : site.Name, site.Tagline, page > 1 ? $"/?page={page}" : "/")
        {
            IsHome = page <= 1,
        };
        PageCache.Tag(HttpContext, ArticleCacheTags.OfCards(TopStories.Concat(Latest.Items)).Append(CacheTags.Home));
    }
}
