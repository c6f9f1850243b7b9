using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marquee.Newsroom.Staff;

/// <summary>Identity's sign-in, refusing disabled accounts (Identity answers "not allowed"), with a password sign-in that gives nothing away.</summary>
internal sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffUser user) => user.DisabledAt is null && await base.CanSignInAsync(user);

    /// <summary>
    /// Identity answers a disabled or locked account before checking the password, quickly and by name; here the hash
    /// is checked first and every refusal is Failed, so neither the time nor the answer says which it was.
    /// </summary>
    public override async Task<SignInResult> PasswordSignInAsync(StaffUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            if (lockoutOnFailure)
            {
                await UserManager.AccessFailedAsync(user);
            }

            return SignInResult.Failed;
        }

        if (await PreSignInCheck(user) is not null)
        {
            return SignInResult.Failed;
        }

        if (!await IsTwoFactorEnabledAsync(user))
        {
            await ResetLockout(user);
        }

        return await SignInOrTwoFactorAsync(user, isPersistent);
    }
}
