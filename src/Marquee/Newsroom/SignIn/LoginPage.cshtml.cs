using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Marquee.Newsroom.SignIn;

/// <summary>
/// Email and password, then the two-factor code when the account has one; or a passkey alone (its script asks
/// PasskeyOptions for WebAuthn options and posts the browser's answer to Passkey). Five failed passwords lock the account for 15 minutes.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginPage(SignInManager<StaffUser> signIn, StaffPasskeys passkeys) : NewsroomPageModel
{
    public const string WrongPassword = "The email or password is not right.";

    public static readonly string LockedOut =
        $"This account is locked after {StaffIdentity.LockoutFailures} failed sign-ins. Try again in {StaffIdentity.LockoutTime.TotalMinutes:0} minutes, or reset your password.";

    public const string Disabled = "This account is disabled. Ask a newsroom administrator.";

    public const string PasskeyRefused = "That passkey was not accepted. Use a passkey you added to your newsroom account on this site, or sign in with your email and password.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Credential { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet(bool reset = false)
    {
        if (reset)
        {
            Notice = "Your password was changed. Sign in with the new one.";
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(Email) ? null : await signIn.UserManager.FindByEmailAsync(Email.Trim());
        if (user is null)
        {
            return Refuse(WrongPassword);
        }

        var result = await signIn.PasswordSignInAsync(user, Password ?? "", isPersistent: false, lockoutOnFailure: true);
        var next = ReturnUrls.Safe(Url, ReturnUrl);
        if (result.Succeeded)
        {
            return LocalRedirect(next);
        }

        if (result.RequiresTwoFactor)
        {
            return LocalRedirect($"{NewsroomPaths.TwoFactorLogin}?returnUrl={Uri.EscapeDataString(next)}");
        }

        return Refuse(result, WrongPassword);
    }

    /// <summary>The options name no account: the browser offers the passkeys it holds for this site.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() => Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");

    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        var result = await passkeys.SignInAsync(Credential);
        return result.Succeeded ? LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl)) : Refuse(result, PasskeyRefused);
    }

    private PageResult Refuse(SignInResult result, string otherwise) =>
        Refuse(result.IsLockedOut ? LockedOut : result.IsNotAllowed ? Disabled : otherwise);
}
