using Marquee.Newsletters.Audit;
using Marquee.Newsletters.Lists;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsletters.Desk;

/// <summary>/newsroom/newsletters/{id}: one list's settings and its audit history.</summary>
public sealed class ListPage(NewsletterLists lists, NewsletterAudit audit) : NewsletterDeskPageModel
{
    public NewsletterList List { get; private set; } = null!;

    public IReadOnlyList<Audit.NewsletterEvent> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Form = ListForm.Of(List);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await AttemptAsync(async () =>
        {
            await lists.UpdateAsync(id, Form.ToInput(), Editor, HttpContext.RequestAborted);
            return Redirect($"/newsroom/newsletters/{id}");
        });
        await LoadAsync(id);
        return result;
    }

    private async Task<bool> LoadAsync(long id)
    {
        if (await lists.FindAsync(id, HttpContext.RequestAborted) is not { } list)
        {
            return false;
        }

        List = list;
        History = await audit.OfListAsync(id, HttpContext.RequestAborted);
        return true;
    }
}
