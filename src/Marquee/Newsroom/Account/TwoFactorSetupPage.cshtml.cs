using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Staff;
using Marquee.Web.Layout;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Account;

/// <summary>
/// Turns on TOTP two-factor sign-in (RFC 6238, any authenticator app): shows the shared key and its
/// otpauth:// URI, enables it once a code from the app matches, then shows the recovery codes once.
/// </summary>
public sealed class TwoFactorSetupPage(SignInManager<StaffUser> signIn, SiteChrome chrome) : NewsroomPageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    public StaffUser Me { get; private set; } = null!;

    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    private UserManager<StaffUser> Users => signIn.UserManager;

    public async Task<IActionResult> OnGetAsync()
    {
        Me = await CurrentUserAsync(Users);
        await ShowAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        Me = await CurrentUserAsync(Users);
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (Me.TwoFactorEnabled || !await Users.VerifyTwoFactorTokenAsync(Me, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await ShowAsync();
            return Refuse("that code does not match: enter the six digits your app shows now");
        }

        IdentityOutcome.Check(await Users.SetTwoFactorEnabledAsync(Me, true));
        RecoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(Me, RecoveryCodeCount) ?? []];
        await signIn.RefreshSignInAsync(Me);
        Notice = "Two-factor sign-in is on. Save these recovery codes now: they are shown only once.";
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        Me = await CurrentUserAsync(Users);
        IdentityOutcome.Check(await Users.SetTwoFactorEnabledAsync(Me, false));
        IdentityOutcome.Check(await Users.ResetAuthenticatorKeyAsync(Me));
        await signIn.RefreshSignInAsync(Me);
        return Redirect(NewsroomPaths.Account);
    }

    /// <summary>A key is made the first time someone looks, and stays until two-factor is turned off.</summary>
    private async Task ShowAsync()
    {
        if (Me.TwoFactorEnabled)
        {
            RecoveryCodesLeft = await Users.CountRecoveryCodesAsync(Me);
            return;
        }

        var key = await Users.GetAuthenticatorKeyAsync(Me);
        if (string.IsNullOrEmpty(key))
        {
            IdentityOutcome.Check(await Users.ResetAuthenticatorKeyAsync(Me));
            await signIn.RefreshSignInAsync(Me);
            key = await Users.GetAuthenticatorKeyAsync(Me) ?? "";
        }

        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(group => new string(group)));
        var issuer = Uri.EscapeDataString($"{chrome.Site.Name} newsroom");
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(Me.Email!)}?secret={key}&issuer={issuer}&digits=6&period=30";
    }
}
