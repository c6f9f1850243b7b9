using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marquee.Readers.Mail;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Readers.SignIn;

/// <summary>
/// Mails one-time codes and spends them. Asking never looks the address up, so a known and an unknown address get
/// the same answer in the same time; the limits count the rows of the last hour, so they hold across nodes.
/// </summary>
public sealed class SignInCodes(MarqueeDbContext db, ReaderMailQueue mails, IOptions<ReaderOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private ReaderOptions Options => options.Value;

    /// <summary>Mails a fresh code (and, for signing in, a link) unless a limit says no; the refusal, or null when sent.</summary>
    public async Task<string?> IssueAsync(string email, CodePurpose purpose, string network, string origin, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var codes = db.Set<SignInCode>();
        if (await codes.CountAsync(c => c.Email == email && c.CreatedAt > since, cancellationToken) >= Options.CodesPerAddressPerHour)
        {
            return $"{Options.CodesPerAddressPerHour} codes were already sent to this address in the last hour. Use the latest, or try again later.";
        }

        if (await codes.CountAsync(c => c.Network == network && c.CreatedAt > since, cancellationToken) >= Options.CodesPerSubnetPerHour)
        {
            return "Too many codes were asked for from your network in the last hour. Try again later.";
        }

        await codes.Where(c => c.CreatedAt <= since).ExecuteDeleteAsync(cancellationToken);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        codes.Add(new SignInCode
        {
            Email = email, Purpose = purpose, Network = network, CodeHash = Hash(salt + code), Salt = salt, LinkHash = Hash(token),
            CreatedAt = now, ExpiresAt = now + Options.CodeLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        mails.Enqueue(CodeMails.For(email, purpose, code, ReaderPaths.VerifyLink(origin, token), Options.CodeLifetime));
        return null;
    }

    /// <summary>Spends the address's latest live code if the digits match; a wrong guess counts against it until it dies.</summary>
    public async Task<CodeOutcome> RedeemCodeAsync(string email, CodePurpose purpose, string? typed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var live = await db.Set<SignInCode>().AsNoTracking()
            .Where(c => c.Email == email && c.Purpose == purpose && c.UsedAt == null && c.ExpiresAt > now)
            .OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (live is null)
        {
            return CodeOutcome.Refused(CodeOutcome.Dead);
        }

        if (live.FailedAttempts >= Options.CodeAttempts)
        {
            return CodeOutcome.Refused(CodeOutcome.LockedOut);
        }

        var digits = new string([.. (typed ?? "").Where(char.IsAsciiDigit)]);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(live.Salt + digits)), Encoding.ASCII.GetBytes(live.CodeHash)))
        {
            return await CountFailureAsync(live, cancellationToken);
        }

        return await SpendAsync(live.Id, now, cancellationToken) ? CodeOutcome.Proven(email) : CodeOutcome.Refused(CodeOutcome.Dead);
    }

    /// <summary>Spends the code a mailed link carries (its token is unguessable, so a wrong one costs no code anything).</summary>
    public async Task<CodeOutcome> RedeemLinkAsync(string? token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Hash(token ?? "");
        var live = await db.Set<SignInCode>().AsNoTracking()
            .Where(c => c.LinkHash == hash && c.Purpose == CodePurpose.SignIn && c.UsedAt == null && c.ExpiresAt > now && c.FailedAttempts < Options.CodeAttempts)
            .FirstOrDefaultAsync(cancellationToken);
        return live is not null && await SpendAsync(live.Id, now, cancellationToken)
            ? CodeOutcome.Proven(live.Email)
            : CodeOutcome.Refused("That link has expired or was already used. Ask for a new code.");
    }

    /// <summary>Forgets every code of an address (its account is being deleted).</summary>
    public Task ForgetAsync(string email, CancellationToken cancellationToken) =>
        db.Set<SignInCode>().Where(c => c.Email == email).ExecuteDeleteAsync(cancellationToken);

    private async Task<CodeOutcome> CountFailureAsync(SignInCode live, CancellationToken cancellationToken)
    {
        var counted = await db.Set<SignInCode>()
            .Where(c => c.Id == live.Id && c.FailedAttempts < Options.CodeAttempts)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.FailedAttempts, x => x.FailedAttempts + 1), cancellationToken);
        var left = Options.CodeAttempts - live.FailedAttempts - counted;
        return CodeOutcome.Refused(left > 0 ? $"That code is not right. {left} {(left == 1 ? "try" : "tries")} left." : CodeOutcome.LockedOut);
    }

    /// <summary>Only one spender wins: the update requires the code still unused and alive.</summary>
    private async Task<bool> SpendAsync(long id, DateTime now, CancellationToken cancellationToken) =>
        await db.Set<SignInCode>()
            .Where(c => c.Id == id && c.UsedAt == null && c.FailedAttempts < Options.CodeAttempts)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.UsedAt, now), cancellationToken) == 1;

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
