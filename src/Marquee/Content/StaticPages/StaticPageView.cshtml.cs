using Marquee.Content.Body;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Content.StaticPages;

[PublicPage]
public sealed class StaticPageView(StaticPageQueries pages) : PageModel
{
    public StaticPage StaticPage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await pages.FindPublishedAsync(slug, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        StaticPage = page;
        ViewData[PageMeta.Key] = new PageMeta(page.Title, page.SeoDescription ?? BodyRenderer.Excerpt(page.BodyMarkdown, 160), StaticPage.PathOf(page.Slug));
        PageCache.Tag(HttpContext, CacheTags.StaticPage(page.Id));
        return Page();
    }
}
