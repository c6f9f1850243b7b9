using Marquee.Content;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.SignIn;
using Marquee.Platform;
using Marquee.Platform.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marquee.Newsroom.Staff;

/// <summary>"Forgot password": a mailed, expiring, single-use link to choose a new one.</summary>
public sealed class PasswordResets(UserManager<StaffUser> users, Mailer mailer, IOptions<NewsroomOptions> options, IOptions<SiteOptions> siteOptions, SignInFailures failures)
{
    public const string InvalidLink = "this password reset link is invalid, has expired or was already used; ask for a new one";

    /// <summary>Says nothing about whether the address has an account: the page answers the same either way.</summary>
    public async Task RequestAsync(string? email, string origin, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email) || await users.FindByEmailAsync(email.Trim()) is not { IsInvited: false, DisabledAt: null } user)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = NewsroomPaths.WithToken(origin, NewsroomPaths.ResetPassword, user.Id, token);
        await mailer.SendAsync(user.Email!, $"Reset your {siteOptions.Value.Name} newsroom password", $"""
            Someone asked to reset the password of your {siteOptions.Value.Name} newsroom account.

            Choose a new password here (the link works once, for {options.Value.PasswordResetLifetime.TotalMinutes:0} minutes):
            {link}

            If it wasn't you, ignore this mail: your password stays as it is.
            """, cancellationToken);
    }

    public Task<StaffUser?> FindAsync(string? userId, string? token) =>
        StaffLinks.UserWithValidTokenAsync(users, userId, token, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffUser>.ResetPasswordTokenPurpose);

    /// <summary>
    /// The operator's reset, from a shell on the server (`marquee user password`): as a mailed link would, with the same
    /// checks, lifting the same lockouts and ending the person's sessions.
    /// </summary>
    public async Task ResetByOperatorAsync(string email, string? password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(StaffAccountRules.Email(email))
            ?? throw new ContentValidationException($"no newsroom user has the email {email}");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await ResetAsync(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), token, password, cancellationToken);
    }

    /// <summary>Also lifts every lockout, the account's and each client's: whoever reads the mailbox has proved who they are.</summary>
    public async Task ResetAsync(string? userId, string? token, string? password, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId, token) ?? throw new ContentValidationException(InvalidLink);
        IdentityOutcome.Check(await users.ResetPasswordAsync(user, token!, password ?? ""));
        IdentityOutcome.Check(await users.SetLockoutEndDateAsync(user, null));
        IdentityOutcome.Check(await users.ResetAccessFailedCountAsync(user));
        await failures.ForgetAccountAsync(user.Email!, cancellationToken);
    }
}
