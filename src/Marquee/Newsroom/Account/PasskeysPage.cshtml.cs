using Marquee.Newsroom.Layout;
using Marquee.Newsroom.SignIn;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Account;

/// <summary>
/// One's passkeys: add one (the password first, then the device), rename or remove any. The page's script asks
/// the CreationOptions handler for WebAuthn options, calls navigator.credentials.create and posts the answer to Add.
/// </summary>
public sealed class PasskeysPage(SignInManager<StaffUser> signIn, StaffPasskeys passkeys) : NewsroomPageModel
{
    public const string WrongPassword = "Your current password is not right.";

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Credential { get; set; }

    [BindProperty]
    public string? Id { get; set; }

    public IReadOnlyList<StaffPasskey> Passkeys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Passkeys = await passkeys.ListAsync(await CurrentUserAsync(signIn.UserManager));
        return Page();
    }

    /// <summary>A new way in needs the password, not just the session: a browser left signed in must not let someone add their own device.</summary>
    public async Task<IActionResult> OnPostCreationOptionsAsync()
    {
        var me = await CurrentUserAsync(signIn.UserManager);
        var check = await signIn.CheckPasswordSignInAsync(me, Password ?? "", lockoutOnFailure: true);
        var problem = !check.Succeeded ? (check.IsLockedOut ? TwoFactorLoginPage.LockedOut : WrongPassword) : StaffPasskeys.NameProblem(Name);
        if (problem is not null)
        {
            return new JsonResult(new { error = Sentence(problem) }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        return Content(await passkeys.CreationOptionsAsync(me), "application/json");
    }

    public Task<IActionResult> OnPostAddAsync() =>
        ChangeAsync(me => passkeys.AddAsync(me, Name, Credential), "Your passkey was added. Next time, sign in with it instead of your password and code.");

    public Task<IActionResult> OnPostRenameAsync() => ChangeAsync(me => passkeys.RenameAsync(me, Id, Name), "The passkey was renamed.");

    public Task<IActionResult> OnPostRemoveAsync() => ChangeAsync(me => passkeys.RemoveAsync(me, Id), "The passkey was removed.");

    private async Task<IActionResult> ChangeAsync(Func<StaffUser, Task> change, string notice)
    {
        var me = await CurrentUserAsync(signIn.UserManager);
        var result = await AttemptAsync(async () =>
        {
            await change(me);
            Notice = notice;
            return Page();
        });
        Passkeys = await passkeys.ListAsync(me);
        return result;
    }
}
