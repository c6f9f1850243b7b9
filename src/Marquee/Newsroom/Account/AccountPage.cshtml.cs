using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Sessions;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Account;

/// <summary>One's own account: who one is, a password change, the sessions signed in and signing out everywhere, and the ways to passkeys and two-factor sign-in.</summary>
public sealed class AccountPage(SignInManager<StaffUser> signIn, ActiveSessions sessions) : NewsroomPageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public StaffUser Me { get; private set; } = null!;

    public int PasskeyCount { get; private set; }

    public IReadOnlyList<ActiveSession> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        await LoadAsync();
        return await AttemptAsync(async () =>
        {
            IdentityOutcome.Check(await signIn.UserManager.ChangePasswordAsync(Me, CurrentPassword ?? "", NewPassword ?? ""));
            // The change renewed the security stamp, which ends the other sessions; this one takes the new stamp and goes on.
            await signIn.RefreshSignInAsync(Me);
            Notice = "Your password was changed. Other sessions are signed out.";
            return Page();
        });
    }

    /// <summary>For a device lost or left signed in: a new security stamp ends every session, this one included.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        IdentityOutcome.Check(await signIn.UserManager.UpdateSecurityStampAsync(await CurrentUserAsync(signIn.UserManager)));
        await signIn.SignOutAsync();
        return Redirect($"{NewsroomPaths.Login}?everywhere=true");
    }

    private async Task LoadAsync()
    {
        Me = await CurrentUserAsync(signIn.UserManager);
        PasskeyCount = (await signIn.UserManager.GetPasskeysAsync(Me)).Count;
        Sessions = await sessions.ListAsync(Me);
    }
}
