using System.Buffers.Text;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Marquee.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsroom.Sessions;

/// <summary>
/// The staff cookie's tickets, kept in the shared database (decision 0029) so that a sign-out on one node ends
/// that session on every node. The cookie holds only a random key. A singleton (the cookie options hold it),
/// so each call takes a database context of its own. Expired rows are never read, and each sign-in deletes them.
/// </summary>
internal sealed class StaffSessionStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await WithSessionsAsync(async (db, sessions) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await sessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync();
            sessions.Add(new SignedInSession { Id = IdOf(key), UserId = UserIdOf(ticket), Ticket = TicketSerializer.Default.Serialize(ticket), ExpiresAt = ExpiryOf(ticket) });
            return await db.SaveChangesAsync();
        });
        return key;
    }

    /// <summary>Only a session that still exists is renewed: one ended meanwhile (signed out elsewhere) stays ended.</summary>
    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var id = IdOf(key);
        var userId = UserIdOf(ticket);
        var serialized = TicketSerializer.Default.Serialize(ticket);
        var expiresAt = ExpiryOf(ticket);
        return WithSessionsAsync((_, sessions) => sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.UserId, userId)
            .SetProperty(x => x.Ticket, serialized)
            .SetProperty(x => x.ExpiresAt, expiresAt)));
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var id = IdOf(key);
        var now = clock.GetUtcNow().UtcDateTime;
        return WithSessionsAsync(async (_, sessions) =>
            await sessions.Where(s => s.Id == id && s.ExpiresAt > now).Select(s => s.Ticket).SingleOrDefaultAsync() is { } ticket
                ? TicketSerializer.Default.Deserialize(ticket)
                : null);
    }

    public Task RemoveAsync(string key)
    {
        var id = IdOf(key);
        return WithSessionsAsync((_, sessions) => sessions.Where(s => s.Id == id).ExecuteDeleteAsync());
    }

    private async Task<T> WithSessionsAsync<T>(Func<MarqueeDbContext, DbSet<SignedInSession>, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        return await work(db, db.Set<SignedInSession>());
    }

    private static string IdOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static long UserIdOf(AuthenticationTicket ticket) =>
        long.Parse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("a staff ticket names its user"), CultureInfo.InvariantCulture);

    private static DateTime ExpiryOf(AuthenticationTicket ticket) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? throw new InvalidOperationException("the cookie handler gives every staff ticket an expiry");
}
