using System.Buffers.Binary;
using Fido2NetLib;
using Fido2NetLib.Objects;
using Marquee.Readers.Accounts;
using Marquee.Readers.Sessions;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Readers.Passkeys;

/// <summary>
/// A reader's passkeys (decision 0082): registering one while signed in, signing in with one, listing and removing.
/// Fido2 checks the cryptography (challenge, origin, relying party, signature, user verification); the options and
/// the keys live in our tables, and every answer is taken against options that are spent as it arrives.
/// </summary>
public sealed class ReaderPasskeys(MarqueeDbContext db, PasskeyChallenges challenges, RelyingParty relyingParty, TimeProvider clock)
{
    public const int MaxNameLength = DisplayNames.MaxLength;

    public const int MaxCredentialIdLength = 1024;

    private static readonly AuthenticatorSelection Discoverable = new()
    {
        ResidentKey = ResidentKeyRequirement.Required,
        UserVerification = UserVerificationRequirement.Required,
    };

    /// <summary>Options for navigator.credentials.create(), naming the reader and the passkeys they already have (so a device is not enrolled twice).</summary>
    public async Task<string> CreationOptionsAsync(SignedInReader reader, HttpRequest request, CancellationToken cancellationToken)
    {
        var existing = await OfAsync(reader.ReaderId, cancellationToken);
        var options = relyingParty.For(request).RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = UserHandle(reader.ReaderId), Name = reader.Email, DisplayName = reader.DisplayName },
            ExcludeCredentials = [.. existing.Select(p => new PublicKeyCredentialDescriptor(p.CredentialId))],
            AuthenticatorSelection = Discoverable,
            AttestationPreference = AttestationConveyancePreference.None,
        });
        var json = options.ToJson();
        await challenges.KeepAsync(options.Challenge, PasskeyCeremony.Register, reader.ReaderId, json, cancellationToken);
        return json;
    }

    /// <summary>Checks the browser's answer to the reader's own creation options and keeps the passkey; nothing is stored on any refusal.</summary>
    public async Task<string?> AddAsync(long readerId, string? name, string? answerJson, HttpRequest request, CancellationToken cancellationToken)
    {
        if (NameProblem(name) is { } problem)
        {
            return problem;
        }

        var (answer, challenge) = PasskeyAnswer.Read<AuthenticatorAttestationRawResponse>(answerJson, a => a.Response.ClientDataJson);
        if (answer is null)
        {
            return PasskeyOutcome.NoAnswer;
        }

        if (await challenges.TakeAsync(challenge!, PasskeyCeremony.Register, readerId, cancellationToken) is not { } options)
        {
            return PasskeyOutcome.NotWaiting;
        }

        RegisteredPublicKeyCredential made;
        try
        {
            made = await relyingParty.For(request).MakeNewCredentialAsync(
                new MakeNewCredentialParams
                {
                    AttestationResponse = answer,
                    OriginalOptions = CredentialCreateOptions.FromJson(options),
                    IsCredentialIdUniqueToUserCallback = async (args, token) => !await db.Set<ReaderPasskey>().AnyAsync(p => p.CredentialId == args.CredentialId, token),
                },
                cancellationToken);
        }
        catch (Fido2VerificationException)
        {
            return PasskeyOutcome.Foreign;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new ReaderPasskey
        {
            CredentialId = made.Id, ReaderId = readerId, PublicKey = made.PublicKey, SignCount = made.SignCount, Name = NameOrDefault(name, now), CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return null;
    }

    /// <summary>Options for navigator.credentials.get() naming no account: the browser offers the passkeys it holds for this site.</summary>
    public async Task<string> RequestOptionsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var options = relyingParty.For(request).GetAssertionOptions(new GetAssertionOptionsParams { UserVerification = UserVerificationRequirement.Required });
        var json = options.ToJson();
        await challenges.KeepAsync(options.Challenge, PasskeyCeremony.SignIn, null, json, cancellationToken);
        return json;
    }

    /// <summary>The reader a sign-in answer proves, after its signature, origin, relying party, user and counter are checked.</summary>
    public async Task<PasskeyOutcome> SignInAsync(string? answerJson, HttpRequest request, CancellationToken cancellationToken)
    {
        var (answer, challenge) = PasskeyAnswer.Read<AuthenticatorAssertionRawResponse>(answerJson, a => a.Response.ClientDataJson);
        if (answer is null)
        {
            return PasskeyOutcome.Refused(PasskeyOutcome.NoAnswer);
        }

        if (await challenges.TakeAsync(challenge!, PasskeyCeremony.SignIn, null, cancellationToken) is not { } options)
        {
            return PasskeyOutcome.Refused(PasskeyOutcome.NotWaiting);
        }

        var passkey = await db.Set<ReaderPasskey>().AsNoTracking().SingleOrDefaultAsync(p => p.CredentialId == answer.RawId, cancellationToken);
        if (passkey is null)
        {
            return PasskeyOutcome.Refused(PasskeyOutcome.Unknown);
        }

        try
        {
            var verified = await relyingParty.For(request).MakeAssertionAsync(
                new MakeAssertionParams
                {
                    AssertionResponse = answer,
                    OriginalOptions = AssertionOptions.FromJson(options),
                    StoredPublicKey = passkey.PublicKey,
                    StoredSignatureCounter = (uint)passkey.SignCount,
                    IsUserHandleOwnerOfCredentialIdCallback = (args, _) => Task.FromResult(args.UserHandle.AsSpan().SequenceEqual(UserHandle(passkey.ReaderId))),
                },
                cancellationToken);
            await RecordUseAsync(passkey.CredentialId, verified.SignCount, cancellationToken);
            return PasskeyOutcome.Proven(passkey.ReaderId);
        }
        catch (Fido2VerificationException)
        {
            return PasskeyOutcome.Refused(PasskeyOutcome.Foreign);
        }
    }

    public async Task<IReadOnlyList<ReaderPasskey>> OfAsync(long readerId, CancellationToken cancellationToken) =>
        await db.Set<ReaderPasskey>().AsNoTracking().Where(p => p.ReaderId == readerId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Removes one of the reader's own passkeys (another reader's id removes nothing); whether one was removed.</summary>
    public async Task<bool> RemoveAsync(long readerId, byte[] credentialId, CancellationToken cancellationToken) =>
        await db.Set<ReaderPasskey>().Where(p => p.ReaderId == readerId && p.CredentialId == credentialId).ExecuteDeleteAsync(cancellationToken) == 1;

    private Task<int> RecordUseAsync(byte[] credentialId, uint signCount, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<ReaderPasskey>().Where(p => p.CredentialId == credentialId)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.SignCount, (long)signCount).SetProperty(x => x.LastUsedAt, now), cancellationToken);
    }

    /// <summary>The WebAuthn user handle: the reader's id, which says nothing about them to anyone holding the device.</summary>
    private static byte[] UserHandle(long readerId)
    {
        var handle = new byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(handle, readerId);
        return handle;
    }

    /// <summary>A name is optional, but one typed follows the display name's rule (one line, 60 characters).</summary>
    private static string? NameProblem(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null : DisplayNames.Parse(typed).Problem?.Replace("Your name", "The passkey's name", StringComparison.Ordinal);

    private static string NameOrDefault(string? typed, DateTime now) =>
        string.IsNullOrWhiteSpace(typed) ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Passkey added {now:d MMM yyyy}") : typed.Trim();
}
