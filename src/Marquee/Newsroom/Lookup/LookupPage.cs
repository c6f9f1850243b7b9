using Marquee.Newsroom.Layout;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Lookup;

/// <summary>
/// What the editor's pickers ask while a person types: GET ?q= gives at most <see cref="Limit"/> matches by
/// name or slug; ?slugs=a,b gives those entries in that order (the chips a form already has). JSON, for every writer.
/// </summary>
public abstract class LookupPage(
    Func<string, CancellationToken, Task<IEnumerable<LookupItem>>> search,
    Func<IReadOnlyList<string>, CancellationToken, Task<IEnumerable<LookupItem>>> find) : NewsroomPageModel
{
    public const int Limit = 10;

    /// <summary>More slugs than any byline or tag list has are not looked up.</summary>
    private const int MaxSlugs = 100;

    public async Task<IActionResult> OnGetAsync(string? q, string? slugs)
    {
        var items = slugs is null
            ? await search(q ?? "", HttpContext.RequestAborted)
            : await find(slugs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxSlugs).ToList(), HttpContext.RequestAborted);
        return new JsonResult(items);
    }
}
