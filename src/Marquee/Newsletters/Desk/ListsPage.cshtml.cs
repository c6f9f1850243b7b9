using Marquee.Newsletters.Lists;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsletters.Desk;

/// <summary>/newsroom/newsletters: every list, and the form that adds one.</summary>
public sealed class ListsPage(NewsletterLists lists) : NewsletterDeskPageModel
{
    public IReadOnlyList<NewsletterList> Lists { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Form.IsActive = true;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var result = await AttemptAsync(async () =>
        {
            var list = await lists.CreateAsync(Form.ToInput(), Editor, HttpContext.RequestAborted);
            return Redirect($"/newsroom/newsletters/{list.Id}");
        });
        await LoadAsync();
        return result;
    }

    private async Task LoadAsync() => Lists = await lists.AllAsync(HttpContext.RequestAborted);
}
