using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Marquee.Newsroom.SignIn;

/// <summary>Email and password; then the two-factor code when the account has one. Five failures lock the account for 15 minutes.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginPage(SignInManager<StaffUser> signIn) : NewsroomPageModel
{
    public const string WrongPassword = "The email or password is not right.";

    public static readonly string LockedOut =
        $"This account is locked after {StaffIdentity.LockoutFailures} failed sign-ins. Try again in {StaffIdentity.LockoutTime.TotalMinutes:0} minutes, or reset your password.";

    public const string Disabled = "This account is disabled. Ask a newsroom administrator.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

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

        return Refuse(result.IsLockedOut ? LockedOut : result.IsNotAllowed ? Disabled : WrongPassword);
    }
}
