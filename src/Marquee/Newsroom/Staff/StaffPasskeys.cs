using System.Buffers.Text;
using System.Globalization;
using Marquee.Content;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>
/// One person's passkeys on Identity's WebAuthn support: registering (options, then the browser's answer kept
/// under a name), listing, renaming, removing; and signing in with one. Between the options and the answer
/// the challenge waits in Identity's short-lived two-factor cookie, so an answer only counts once, in the browser that asked.
/// </summary>
public sealed class StaffPasskeys(SignInManager<StaffUser> signIn)
{
    public const int MaxNameLength = 100;

    public const string NotStarted = "the passkey request has expired or was already used: start again";

    private UserManager<StaffUser> Users => signIn.UserManager;

    /// <summary>Why a passkey name cannot be used, or null.</summary>
    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength
            ? $"give the passkey a name of at most {MaxNameLength} characters, such as the device it is on"
            : null;

    /// <summary>The options for navigator.credentials.create(), naming the person by email and name.</summary>
    public Task<string> CreationOptionsAsync(StaffUser user) =>
        signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = user.Id.ToString(CultureInfo.InvariantCulture),
            Name = user.Email!,
            DisplayName = user.Name,
        });

    /// <summary>Checks the browser's answer (challenge, origin, relying party, signature format) and keeps the passkey; nothing is stored if any check fails.</summary>
    public async Task AddAsync(StaffUser user, string? name, string? credentialJson)
    {
        if (NameProblem(name) is { } problem)
        {
            throw new ContentValidationException(problem);
        }

        var attestation = await OnceAsync(credentialJson, signIn.PerformPasskeyAttestationAsync);
        if (!attestation.Succeeded)
        {
            throw new ContentValidationException($"the passkey was not accepted: {attestation.Failure.Message}");
        }

        if (attestation.UserEntity.Id != user.Id.ToString(CultureInfo.InvariantCulture))
        {
            throw new ContentValidationException(NotStarted);
        }

        attestation.Passkey.Name = name!.Trim();
        IdentityOutcome.Check(await Users.AddOrUpdatePasskeyAsync(user, attestation.Passkey));
    }

    public async Task<IReadOnlyList<StaffPasskey>> ListAsync(StaffUser user) =>
        [.. (await Users.GetPasskeysAsync(user)).OrderBy(p => p.CreatedAt).Select(StaffPasskey.From)];

    public async Task RenameAsync(StaffUser user, string? id, string? name)
    {
        if (NameProblem(name) is { } problem)
        {
            throw new ContentValidationException(problem);
        }

        var passkey = await FindAsync(user, id);
        passkey.Name = name!.Trim();
        IdentityOutcome.Check(await Users.AddOrUpdatePasskeyAsync(user, passkey));
    }

    public async Task RemoveAsync(StaffUser user, string? id) =>
        IdentityOutcome.Check(await Users.RemovePasskeyAsync(user, (await FindAsync(user, id)).CredentialId));

    /// <summary>
    /// A passkey proves possession of a device and its screen lock or biometrics, so Identity skips the TOTP step;
    /// locked-out and disabled accounts are refused as with a password. A refused answer is Failed, whatever the reason.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string? credentialJson)
    {
        try
        {
            return await OnceAsync(credentialJson, signIn.PasskeySignInAsync);
        }
        catch (ContentValidationException)
        {
            return SignInResult.Failed;
        }
    }

    /// <summary>Identity throws when this browser started no passkey request (never asked, expired, or already answered).</summary>
    private static async Task<T> OnceAsync<T>(string? credentialJson, Func<string, Task<T>> perform)
    {
        if (string.IsNullOrWhiteSpace(credentialJson))
        {
            throw new ContentValidationException("the browser sent no passkey: try again and confirm on your device");
        }

        try
        {
            return await perform(credentialJson);
        }
        catch (InvalidOperationException)
        {
            throw new ContentValidationException(NotStarted);
        }
    }

    private async Task<UserPasskeyInfo> FindAsync(StaffUser user, string? id)
    {
        var credentialId = id is not null && Base64Url.IsValid(id) ? Base64Url.DecodeFromChars(id) : null;
        return (credentialId is null ? null : await Users.GetPasskeyAsync(user, credentialId))
            ?? throw new ContentValidationException("choose one of your passkeys");
    }
}
