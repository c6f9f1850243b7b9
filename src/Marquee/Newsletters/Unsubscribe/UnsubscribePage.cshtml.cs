using Marquee.Readers.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Newsletters.Unsubscribe;

/// <summary>
/// /newsletters/unsubscribe?token=: every newsletter's List-Unsubscribe URL. A GET shows buttons (mail scanners open
/// links); a POST unsubscribes — the RFC 8058 one-click POST a mailbox sends (no cookie, nothing of ours but the link's
/// token, so no antiforgery check) or the page's own button. Idempotent; a forged token gets 404 and changes nothing.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribePage(Unsubscribes unsubscribes) : ReaderPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public Unsubscribes.TokenHolder? Holder { get; private set; }

    protected override string Title => "Unsubscribe";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        Shown(await unsubscribes.FindAsync(Token, cancellationToken), null);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        Shown(await unsubscribes.UnsubscribeAsync(Token, cancellationToken), holder => $"{holder.Email} will get no more {holder.ListName}.");

    public async Task<IActionResult> OnPostEverythingAsync(CancellationToken cancellationToken) =>
        Shown(await unsubscribes.StopEverythingAsync(Token, cancellationToken), holder => $"{holder.Email} will get none of our newsletters from now on.");

    private PageResult Shown(Unsubscribes.TokenHolder? holder, Func<Unsubscribes.TokenHolder, string>? done)
    {
        if (holder is null)
        {
            return Refuse("This unsubscribe link is not one of ours, or its subscription no longer exists. Nothing was changed.", StatusCodes.Status404NotFound);
        }

        Holder = holder;
        Notice = done?.Invoke(holder);
        return Page();
    }
}
