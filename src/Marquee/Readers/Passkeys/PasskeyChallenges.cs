using System.Security.Cryptography;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Readers.Passkeys;

/// <summary>
/// WebAuthn options waiting for their answer, in the shared database. Taking one deletes it with a conditional
/// delete, so of two posts of the same answer (a replay, or two nodes) exactly one gets past.
/// </summary>
public sealed class PasskeyChallenges(MarqueeDbContext db, TimeProvider clock)
{
    /// <summary>How long a browser has to answer; WebAuthn's own timeout is shorter.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Keeps the options under their challenge, and drops every expired one while at it.</summary>
    public async Task KeepAsync(byte[] challenge, PasskeyCeremony ceremony, long? readerId, string options, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var challenges = db.Set<PasskeyChallenge>();
        await challenges.Where(c => c.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        challenges.Add(new PasskeyChallenge { Id = IdOf(challenge), Ceremony = ceremony, ReaderId = readerId, Options = options, ExpiresAt = now + Lifetime });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The options the challenge was issued with, taken for good; null when unknown, expired, already taken or for another ceremony or reader.</summary>
    public async Task<string?> TakeAsync(byte[] challenge, PasskeyCeremony ceremony, long? readerId, CancellationToken cancellationToken)
    {
        var id = IdOf(challenge);
        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = await db.Set<PasskeyChallenge>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var taken = waiting is not null && await db.Set<PasskeyChallenge>().Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) == 1;
        return taken && waiting!.Ceremony == ceremony && waiting.ReaderId == readerId && waiting.ExpiresAt > now ? waiting.Options : null;
    }

    private static string IdOf(byte[] challenge) => Convert.ToHexStringLower(SHA256.HashData(challenge));
}
