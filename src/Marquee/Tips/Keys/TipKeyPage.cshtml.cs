using Marquee.Tips.Access;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Tips.Keys;

/// <summary>A tip editor makes their key pair once, choosing the passphrase that alone unlocks it: the server cannot reset it.</summary>
public sealed class TipKeyPage(TipKeys keys) : TipDeskPageModel
{
    [BindProperty]
    public string Passphrase { get; set; } = "";

    [BindProperty]
    public string Confirmation { get; set; } = "";

    public TipKey? Existing { get; private set; }

    public async Task OnGetAsync() => Existing = await keys.OfAsync(Actor.StaffUserId, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var result = await AttemptAsync(async () =>
        {
            await keys.CreateAsync(Editor, Passphrase, Confirmation, HttpContext.RequestAborted);
            Notice = "Your tip key is ready. New tips are sealed to it; only your passphrase opens it, and nobody can reset it.";
            return Page();
        });
        await OnGetAsync();
        return result;
    }
}
