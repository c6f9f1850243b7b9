using Marquee.Tips.Access;
using Marquee.Tips.Keys;
using Marquee.Tips.Submissions;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Tips.Inbox;

/// <summary>The tip desk's inbox: tips listed by their metadata only, the form that unlocks one's key for reading them, and the handover of one's tips to a colleague's newer key.</summary>
public sealed class InboxPage(TipInbox inbox, TipKeys keys, TipKeyring keyring, TipAudit audit, TipHandover handover) : TipDeskPageModel
{
    [BindProperty]
    public string Passphrase { get; set; } = "";

    [BindProperty]
    public string Colleague { get; set; } = "";

    [FromQuery(Name = "archived")]
    public bool Archived { get; set; }

    public bool HasKey { get; private set; }

    public bool Unlocked { get; private set; }

    public IReadOnlyList<Tip> Tips { get; private set; } = [];

    public async Task OnGetAsync()
    {
        HasKey = await keys.OfAsync(Actor.StaffUserId, HttpContext.RequestAborted) is not null;
        Unlocked = keyring.Get(Actor.StaffUserId) is not null;
        Tips = await inbox.ListAsync(Archived, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        var privateKey = await keys.UnlockAsync(Actor.StaffUserId, Passphrase, HttpContext.RequestAborted);
        IActionResult result;
        if (privateKey is null)
        {
            result = Refuse("that passphrase does not open your tip key");
        }
        else
        {
            keyring.Open(Actor.StaffUserId, privateKey);
            await audit.RecordAsync(null, Editor, "unlocked their tip key", HttpContext.RequestAborted);
            Notice = "Your tip key is unlocked on this server until you lock it or leave it idle.";
            result = Page();
        }

        await OnGetAsync();
        return result;
    }

    public async Task<IActionResult> OnPostLockAsync()
    {
        keyring.Close(Actor.StaffUserId);
        Notice = "Your tip key is locked.";
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostHandOverAsync()
    {
        if (keyring.Get(Actor.StaffUserId) is not { } privateKey)
        {
            return Redirect("/newsroom/tips");
        }

        var result = await AttemptAsync(async () =>
        {
            var handed = await handover.HandOverAsync(Editor, privateKey, Colleague, HttpContext.RequestAborted);
            Notice = handed == 1 ? "1 tip now opens with your colleague's key too." : $"{handed} tips now open with your colleague's key too.";
            return Page();
        });
        await OnGetAsync();
        return result;
    }
}
