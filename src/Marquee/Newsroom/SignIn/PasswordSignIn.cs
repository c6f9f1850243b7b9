using System.Net;
using System.Security.Cryptography;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Marquee.Newsroom.SignIn;

/// <summary>
/// Email and password, telling an outsider nothing about the address: an unknown address, a wrong password, a
/// disabled, locked or invited account and a throttled client each cost one password hash and end Failed.
/// </summary>
public sealed class PasswordSignIn(SignInManager<StaffUser> signIn, SignInFailures failures)
{
    private static readonly StaffUser Nobody = new() { Name = "" };

    private static string? _nobodysHash;

    /// <summary>Success, TwoFactorRequired, or Failed; never LockedOut or NotAllowed, which would say the account exists.</summary>
    public async Task<SignInResult> SignInAsync(string? email, string? password, IPAddress? client, CancellationToken cancellationToken)
    {
        var attempt = SignInAttempt.Of(email, client);
        var throttled = await failures.IsThrottledAsync(attempt, cancellationToken);
        var user = string.IsNullOrWhiteSpace(email) ? null : await signIn.UserManager.FindByEmailAsync(email.Trim());
        var result = user is { IsInvited: false } && !throttled
            ? await signIn.PasswordSignInAsync(user, password ?? "", isPersistent: false, lockoutOnFailure: false)
            : CheckAgainstNobody(password);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            await failures.ForgetAsync(attempt, cancellationToken);
            return result;
        }

        await failures.RecordAsync(attempt, cancellationToken);
        return SignInResult.Failed;
    }

    /// <summary>Verifies the password against a hash of nobody's, made like everyone's, so a refusal costs what checking a real one does.</summary>
    private SignInResult CheckAgainstNobody(string? password)
    {
        var hasher = signIn.UserManager.PasswordHasher;
        _nobodysHash ??= hasher.HashPassword(Nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(Nobody, _nobodysHash, password ?? "");
        return SignInResult.Failed;
    }
}
