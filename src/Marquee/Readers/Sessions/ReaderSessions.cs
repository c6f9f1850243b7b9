using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Marquee.Readers.Accounts;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Readers.Sessions;

/// <summary>Reader sessions in the shared database: a sign-out on one node is a sign-out on all, and "sign out everywhere" is one delete.</summary>
public sealed class ReaderSessions(MarqueeDbContext db, IOptions<ReaderOptions> options, TimeProvider clock)
{
    public const int DeviceLength = 120;

    /// <summary>Opens a session for a reader and gives the browser its cookie.</summary>
    public async Task StartAsync(long readerId, HttpContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var expiresAt = now + options.Value.SessionLifetime;
        var sessions = db.Set<ReaderSession>();
        await sessions.Where(s => s.ReaderId == readerId && s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        sessions.Add(new ReaderSession { Id = IdOf(key), ReaderId = readerId, Device = DeviceOf(context.Request), CreatedAt = now, ExpiresAt = expiresAt });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        ReaderCookie.Write(context.Response, key, expiresAt);
    }

    /// <summary>The live session a cookie's key opens, with its reader; null for none, expired or ended.</summary>
    public async Task<SignedInReader?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var id = IdOf(key);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<ReaderSession>()
            .Where(s => s.Id == id && s.ExpiresAt > now)
            .Join(db.Set<Reader>(), s => s.ReaderId, r => r.Id, (s, r) => new SignedInReader(r.Id, r.Email, r.DisplayName, s.Id))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReaderSession>> OfAsync(long readerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<ReaderSession>().AsNoTracking()
            .Where(s => s.ReaderId == readerId && s.ExpiresAt > now)
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    public Task EndAsync(string sessionId, CancellationToken cancellationToken) =>
        db.Set<ReaderSession>().Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);

    public Task EndAllAsync(long readerId, CancellationToken cancellationToken) =>
        db.Set<ReaderSession>().Where(s => s.ReaderId == readerId).ExecuteDeleteAsync(cancellationToken);

    private static string IdOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The User-Agent cut to fit and stripped of control characters: it is shown back to the reader.</summary>
    private static string DeviceOf(HttpRequest request)
    {
        var agent = new string([.. request.Headers.UserAgent.ToString().Where(c => !char.IsControl(c))]).Trim();
        return agent.Length == 0 ? "Unknown browser" : agent[..Math.Min(agent.Length, DeviceLength)];
    }
}
