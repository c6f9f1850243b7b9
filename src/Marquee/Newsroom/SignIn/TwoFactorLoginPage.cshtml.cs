using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Marquee.Newsroom.SignIn;

/// <summary>The second step for accounts with two-factor: a code from the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class TwoFactorLoginPage(SignInManager<StaffUser> signIn) : NewsroomPageModel
{
    public const string WrongCode = "That code is not right. App codes change every 30 seconds; each recovery code works once.";

    /// <summary>Only someone past the password gets here, so saying "locked" tells an outsider nothing.</summary>
    public static readonly string LockedOut =
        $"This account is locked for {StaffIdentity.LockoutTime.TotalMinutes:0} minutes after {StaffIdentity.LockoutFailures} wrong codes or passwords. Try again then, or reset your password.";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(NewsroomPaths.Login) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect(NewsroomPaths.Login);
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
        }

        return Refuse(result.IsLockedOut ? LockedOut : WrongCode);
    }
}
