using Marquee.Readers.Accounts;
using Marquee.Readers.SignIn;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Readers;

/// <summary>What the database holds for an address, read straight from the tables the tests check.</summary>
public static class ReaderRows
{
    public static Task<Reader?> AccountAsync(MarqueeServer server, string email) =>
        UseAsync(server, db => db.Set<Reader>().AsNoTracking().SingleOrDefaultAsync(r => r.Email == email, TestContext.Current.CancellationToken));

    public static Task<int> CodesAsync(MarqueeServer server, string email) =>
        UseAsync(server, db => db.Set<SignInCode>().CountAsync(c => c.Email == email, TestContext.Current.CancellationToken));

    /// <summary>Moves every code of an address past its expiry, as fifteen minutes would.</summary>
    public static Task<int> ExpireCodesAsync(MarqueeServer server, string email) =>
        UseAsync(server, db => db.Set<SignInCode>().Where(c => c.Email == email)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)), TestContext.Current.CancellationToken));

    private static async Task<T> UseAsync<T>(MarqueeServer server, Func<MarqueeDbContext, Task<T>> read)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>());
    }
}
