using Marquee.Content;
using Marquee.Newsletters.Lists;
using Marquee.Newsroom.Layout;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Newsletters.SignUp;

/// <summary>
/// /newsletters: the active lists and the sign-up form, the same bytes for everyone (output cached, no cookie: the form
/// carries no antiforgery token and posts to /newsletters/sign-up, which caches nothing).
/// </summary>
[PublicPage]
public sealed class NewslettersPage(NewsletterLists lists, NewsroomTimeZone zone) : PageModel
{
    public IReadOnlyList<NewsletterList> Lists { get; private set; } = [];

    public string ZoneName => zone.Name;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Lists = await lists.ActiveAsync(cancellationToken);
        ViewData[PageMeta.Key] = new PageMeta("Newsletters", "Our newsletters: the day's entertainment news and awards-night specials, in your inbox.", NewsletterPaths.Lists);
        PageCache.Tag(HttpContext, NewsletterCacheTags.Lists);
    }
}
