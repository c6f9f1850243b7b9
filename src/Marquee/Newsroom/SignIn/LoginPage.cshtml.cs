using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Marquee.Newsroom.SignIn;

/// <summary>
/// Email and password, then the two-factor code when the account has one; or a passkey alone (its script asks
/// PasskeyOptions for WebAuthn options and posts the browser's answer to Passkey). Every refusal reads the same
/// and takes as long, whatever the address (PasswordSignIn); five failures from one client make it wait 15 minutes.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginPage(PasswordSignIn passwords, SignInManager<StaffUser> signIn, StaffPasskeys passkeys) : NewsroomPageModel
{
    public static readonly string WrongPassword =
        $"The email or password is not right, or this account cannot sign in from here just now (after {StaffIdentity.LockoutFailures} failed tries from one place, that place waits {StaffIdentity.LockoutTime.TotalMinutes:0} minutes). Try again, use a passkey, or reset your password.";

    public const string PasskeyRefused = "That passkey was not accepted. Use a passkey you added to your newsroom account on this site, or sign in with your email and password.";

    public const string SignedOutEverywhere = "You are signed out everywhere. Sign in again here.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Credential { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet(bool reset = false, bool everywhere = false)
    {
        if (reset)
        {
            Notice = "Your password was changed. Sign in with the new one.";
        }
        else if (everywhere)
        {
            Notice = SignedOutEverywhere;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await passwords.SignInAsync(Email, Password, HttpContext.Connection.RemoteIpAddress, HttpContext.RequestAborted);
        var next = ReturnUrls.Safe(Url, ReturnUrl);
        if (result.Succeeded)
        {
            return LocalRedirect(next);
        }

        return result.RequiresTwoFactor
            ? LocalRedirect($"{NewsroomPaths.TwoFactorLogin}?returnUrl={Uri.EscapeDataString(next)}")
            : Refuse(WrongPassword);
    }

    /// <summary>The options name no account: the browser offers the passkeys it holds for this site.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() => Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");

    /// <summary>Only the holder of a passkey can get past the signature check, yet a refusal still does not say why.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync() =>
        (await passkeys.SignInAsync(Credential)).Succeeded ? LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl)) : Refuse(PasskeyRefused);
}
