using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Newsroom.Sessions;

/// <summary>One signed-in browser as its owner sees it: when it signed in and when it ends unless used again.</summary>
public sealed record ActiveSession(DateTime SignedInAt, DateTime ExpiresAt);

/// <summary>
/// A staff member's sessions that still let a browser in: unexpired rows whose ticket carries the account's current
/// security stamp (a password change or "sign out everywhere" leaves rows behind that the stamp check already refuses).
/// </summary>
public sealed class ActiveSessions(MarqueeDbContext db, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public async Task<IReadOnlyList<ActiveSession>> ListAsync(StaffUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Set<SignedInSession>().AsNoTracking()
            .Where(s => s.UserId == user.Id && s.ExpiresAt > now)
            .Select(s => new { s.Ticket, s.ExpiresAt })
            .ToListAsync();
        var stampClaim = identity.Value.ClaimsIdentity.SecurityStampClaimType;
        return [.. rows
            .Select(row => (Ticket: TicketSerializer.Default.Deserialize(row.Ticket), row.ExpiresAt))
            .Where(row => row.Ticket?.Principal.FindFirst(stampClaim)?.Value == user.SecurityStamp)
            .Select(row => new ActiveSession(row.Ticket!.Properties.IssuedUtc?.UtcDateTime ?? row.ExpiresAt, row.ExpiresAt))
            .OrderByDescending(s => s.SignedInAt)];
    }
}
