using Marquee.Platform.Caching;
using Marquee.Storage;

namespace Marquee.Content;

/// <summary>
/// One content write, all or nothing: the work runs in a database transaction with its eviction-log
/// row, and this node's cached pages are evicted once it has committed.
/// </summary>
public sealed class ContentTransaction(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MarqueeDbContext>();
        var changes = services.GetRequiredService<ContentChanges>();
        T result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            result = await work(services, cancellationToken);
            await changes.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await changes.EvictCommittedAsync(cancellationToken);
        return result;
    }
}
