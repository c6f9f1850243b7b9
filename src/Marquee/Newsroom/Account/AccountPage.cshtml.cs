using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Account;

/// <summary>One's own account: who one is, a password change, and the ways to passkeys and two-factor sign-in.</summary>
public sealed class AccountPage(SignInManager<StaffUser> signIn) : NewsroomPageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public StaffUser Me { get; private set; } = null!;

    public int PasskeyCount { get; private set; }

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
            // The change renewed the security stamp; a fresh cookie keeps this session while ending the others.
            await signIn.RefreshSignInAsync(Me);
            Notice = "Your password was changed. Other sessions are signed out.";
            return Page();
        });
    }

    private async Task LoadAsync()
    {
        Me = await CurrentUserAsync(signIn.UserManager);
        PasskeyCount = (await signIn.UserManager.GetPasskeysAsync(Me)).Count;
    }
}
