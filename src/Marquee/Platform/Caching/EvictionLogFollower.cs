using Marquee.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Platform.Caching;

/// <summary>
/// Polls the eviction log so that changes committed by another process (a second node, `marquee import`)
/// evict this node's pages within the polling interval. Also trims old log rows.
/// </summary>
internal sealed class EvictionLogFollower(
    IServiceScopeFactory scopes,
    IOutputCacheStore store,
    OwnEvictions own,
    IEnumerable<IEvictionListener> listeners,
    TimeProvider clock,
    IOptions<MarqueeOptions> options,
    ILogger<EvictionLogFollower> logger) : BackgroundService
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);
    private long _lastSeen = -1;
    private DateTime _nextTrim = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.OutputCache.EvictionLogPollMilliseconds), clock);
        do
        {
            try
            {
                await FollowAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // A database outage must not stop the follower: cached pages keep being served meanwhile.
                logger.LogWarning(error, "Could not read the cache eviction log; retrying");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        if (_lastSeen < 0)
        {
            // Start from now: this node's cache is empty, so older evictions are moot.
            _lastSeen = await db.CacheEvictions.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
            return;
        }

        var rows = await db.CacheEvictions.Where(e => e.Id > _lastSeen).OrderBy(e => e.Id).Take(500).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (!own.TakeIfOwn(row.Id))
            {
                var tags = row.Tags.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var listener in listeners)
                {
                    listener.Evicted(tags);
                }

                foreach (var tag in tags)
                {
                    await store.EvictByTagAsync(tag, cancellationToken);
                }
            }

            _lastSeen = row.Id;
        }

        own.ForgetUpTo(_lastSeen);

        var now = clock.GetUtcNow().UtcDateTime;
        if (now >= _nextTrim)
        {
            _nextTrim = now + Retention;
            await db.CacheEvictions.Where(e => e.CreatedAt < now - Retention).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
