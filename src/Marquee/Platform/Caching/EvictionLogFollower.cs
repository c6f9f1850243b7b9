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
    IOptions<OutputCacheSettings> cache,
    ILogger<EvictionLogFollower> logger) : BackgroundService
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);
    private long _lastSeen = -1;
    private DateTime _nextTrim = DateTime.MinValue;

    /// <summary>
    /// Catches up once before the server listens: a restarted node must not serve, even for its first second, a shared page
    /// that a change it missed has made stale (decision 0032). Hosted services start before the server.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await FollowOrWarnAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(cache.Value.EvictionLogPollMilliseconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await FollowOrWarnAsync(stoppingToken);
        }
    }

    private async Task FollowOrWarnAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FollowAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A database outage must not stop the follower: cached pages keep being served meanwhile.
            logger.LogWarning(error, "Could not read the cache eviction log; retrying");
        }
    }

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        if (_lastSeen < 0)
        {
            _lastSeen = await StartingPointAsync(db, cancellationToken);
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

    /// <summary>
    /// The last log row this process need not apply. A cache of its own starts empty, so older evictions are moot. A shared
    /// cache (Redis) may hold pages that a process killed between its commit and its eviction left stale: this start
    /// evicts once more what changed within a page's lifetime, as no cached answer is older (decision 0032).
    /// </summary>
    private async Task<long> StartingPointAsync(MarqueeDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.CacheEvictions.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        if (options.Value.Redis.Length == 0)
        {
            return latest;
        }

        var since = clock.GetUtcNow().UtcDateTime - PublicPageAttribute.Lifetime;
        return await db.CacheEvictions.Where(e => e.CreatedAt >= since).MinAsync(e => (long?)e.Id, cancellationToken) - 1 ?? latest;
    }
}
