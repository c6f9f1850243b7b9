using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Content.Reads;

/// <summary>
/// /most-read: the day's most-read stories, the page the rail links to without JavaScript and whose list the rail's script
/// copies. Cached a minute whatever changes (decision 0075), so every page that shows the rail stays cacheable as it was.
/// </summary>
[OutputCache(Duration = Seconds)]
public sealed class MostReadPage(MostRead mostRead) : PageModel
{
    public const int Seconds = 60;

    public const int Size = 10;

    public IReadOnlyList<MostReadStory> Stories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Stories = await mostRead.StoriesAsync(Size, cancellationToken);
        Response.Headers.CacheControl = $"public, max-age={Seconds}";
        ViewData[PageMeta.Key] = new PageMeta("Most Read", "The stories read most in the last 24 hours.", "/most-read");
    }
}
