using Marquee.Newsroom.Access;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsroom.SignIn;

/// <summary>
/// Five failed passwords for one address from one client make that client wait 15 minutes before its passwords
/// for that address are checked again. Counted per client, the lock is one an outsider cannot put on someone
/// else: the real person, elsewhere, signs in as usual, and a passkey or a password reset works from anywhere.
/// In the shared database, so guesses spread over several nodes add up.
/// </summary>
public sealed class SignInFailures(MarqueeDbContext db, TimeProvider clock)
{
    private DbSet<SignInFailure> Failures => db.Set<SignInFailure>();

    public Task<bool> IsThrottledAsync(SignInAttempt attempt, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - StaffIdentity.LockoutTime;
        return Of(attempt).AnyAsync(f => f.Failures >= StaffIdentity.LockoutFailures && f.LastFailedAt > since, cancellationToken);
    }

    /// <summary>Counts a failure; counts older than the lockout time, anyone's, are deleted first, so the table stays small.</summary>
    public async Task RecordAsync(SignInAttempt attempt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - StaffIdentity.LockoutTime;
        await Failures.Where(f => f.LastFailedAt <= expired).ExecuteDeleteAsync(cancellationToken);
        if (await IncrementAsync(attempt, now, cancellationToken) > 0)
        {
            return;
        }

        var first = new SignInFailure { Account = attempt.Account, Client = attempt.Client, Failures = 1, LastFailedAt = now };
        Failures.Add(first);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request from the same client inserted the row first: count on it.
            await IncrementAsync(attempt, now, cancellationToken);
        }
        finally
        {
            db.Entry(first).State = EntityState.Detached;
        }
    }

    /// <summary>The right password from this client: its count starts again.</summary>
    public Task ForgetAsync(SignInAttempt attempt, CancellationToken cancellationToken) => Of(attempt).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Whoever read the reset mail has proved who they are: every client may try the address again.</summary>
    public Task ForgetAccountAsync(string email, CancellationToken cancellationToken)
    {
        var account = SignInAttempt.AccountOf(email);
        return Failures.Where(f => f.Account == account).ExecuteDeleteAsync(cancellationToken);
    }

    private Task<int> IncrementAsync(SignInAttempt attempt, DateTime now, CancellationToken cancellationToken) =>
        Of(attempt).ExecuteUpdateAsync(f => f.SetProperty(x => x.Failures, x => x.Failures + 1).SetProperty(x => x.LastFailedAt, now), cancellationToken);

    private IQueryable<SignInFailure> Of(SignInAttempt attempt) => Failures.Where(f => f.Account == attempt.Account && f.Client == attempt.Client);
}
