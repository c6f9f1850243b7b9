using Marquee.Content;
using Marquee.Distribution.GhostContentApi.Keys;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Keys;

/// <summary>Administrators: Content API keys for front ends and apps (the same service as `marquee key`). A new key is shown once.</summary>
[Authorize(Policy = NewsroomPolicies.Administer)]
public sealed class KeysPage(ContentApiKeys keys, ContentTransaction transaction) : NewsroomPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    public IReadOnlyList<ContentApiKey> Existing { get; private set; } = [];

    public ContentApiKey? Added { get; private set; }

    public Task OnGetAsync() => ListAsync();

    public Task<IActionResult> OnPostAddAsync() => ChangeAsync(async () =>
    {
        Added = await keys.AddAsync(Name ?? "", HttpContext.RequestAborted);
        Notice = $"Key '{Added.Name}' added. Copy it now: it is not shown again.";
    });

    /// <summary>Revoking evicts the API's cached answers on every node, so it runs as a content change.</summary>
    public Task<IActionResult> OnPostRevokeAsync() => ChangeAsync(async () =>
    {
        var name = await transaction.RunAsync(token => keys.RemoveAsync(Name ?? "", token), HttpContext.RequestAborted);
        Notice = $"Key '{name}' revoked.";
    });

    private async Task<IActionResult> ChangeAsync(Func<Task> change)
    {
        var result = await AttemptAsync(async () =>
        {
            await change();
            return Page();
        });
        await ListAsync();
        return result;
    }

    private async Task ListAsync() => Existing = await keys.ListAsync(HttpContext.RequestAborted);
}
