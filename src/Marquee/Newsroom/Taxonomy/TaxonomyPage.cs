using Marquee.Content;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Taxonomy;

/// <summary>
/// What the tag and author pages share: a list, and one form that creates an entry or renames it (an existing
/// slug with a new name; an empty slug is made from the name), saved in a ContentTransaction so pages showing it are evicted.
/// </summary>
[Authorize(Policy = NewsroomPolicies.EditAny)]
public abstract class TaxonomyPage<TEntry>(ContentTransaction transaction) : NewsroomPageModel
{
    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public IReadOnlyList<TEntry> Existing { get; private set; } = [];

    protected ContentTransaction Transaction { get; } = transaction;

    public async Task OnGetAsync() => Existing = await ListAsync(HttpContext.RequestAborted);

    protected abstract Task<IReadOnlyList<TEntry>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Runs the save with the slug and trimmed name, then shows the outcome (or the refusal) above the list.</summary>
    protected async Task<IActionResult> SaveAsync(string what, Func<string, string, CancellationToken, Task<SaveOutcome>> save)
    {
        var slug = Slugs.GivenOrFrom(Slug, Name);
        var result = await AttemptAsync(async () =>
        {
            var outcome = await Transaction.RunAsync(token => save(slug, Name?.Trim() ?? "", token), HttpContext.RequestAborted);
            Notice = $"{what} '{slug}' {outcome.ToString().ToLowerInvariant()}.";
            return Page();
        });
        await OnGetAsync();
        return result;
    }
}
