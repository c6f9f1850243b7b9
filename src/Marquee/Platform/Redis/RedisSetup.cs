using Marquee.Platform.Caching;
using Marquee.Platform.Health;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Marquee.Platform.Redis;

/// <summary>
/// With Marquee:Redis set, nodes share one page cache in Redis: a page rendered by one node is a hit on
/// every node, and an eviction on any node (or by `marquee import`) is an eviction everywhere at once.
/// Without it, each node keeps its own cache and follows the database's eviction log. In front of Redis,
/// each node keeps a bounded copy of the pages it serves in memory (Marquee:OutputCache:NodeMemoryMegabytes).
/// </summary>
public static class RedisSetup
{
    public static IServiceCollection AddRedisWhenConfigured(this IServiceCollection services, MarqueeOptions options, OutputCacheSettings cache)
    {
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            return services;
        }

        var configuration = ConfigurationOptions.Parse(options.Redis);
        // Start and keep serving when Redis is down; the client reconnects by itself when it returns.
        configuration.AbortOnConnectFail = false;
        // One connection for the page cache and the readiness check, opened on first use.
        var connection = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(configuration));
        services.AddSingleton(_ => connection.Value);
        services.AddSingleton<IReadinessCheck, RedisReadiness>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<RedisEvictionChannel>(provider, RedisChannel.Literal(options.RedisPrefix + "evictions")));
        services.AddSingleton<ICommittedChangeObserver>(provider => provider.GetRequiredService<RedisEvictionChannel>());
        services.AddHostedService(provider => provider.GetRequiredService<RedisEvictionChannel>());
        services.AddSingleton(provider => new RedisPageStore(provider.GetRequiredService<IConnectionMultiplexer>(), options.RedisPrefix));
        if (cache.NodeMemoryMegabytes > 0)
        {
            AddNodeMemoryTier(services, cache.NodeMemoryMegabytes);
        }
        else
        {
            services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<RedisPageStore>());
        }

        return services;
    }

    /// <summary>Puts this node's memory in front of the Redis store.</summary>
    private static void AddNodeMemoryTier(IServiceCollection services, int megabytes)
    {
        services.AddSingleton(provider => new NodePageCopies(megabytes * 1024L * 1024L, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEvictionListener>(provider => provider.GetRequiredService<NodePageCopies>());
        services.AddSingleton<IOutputCacheStore>(provider => new TieredPageStore(
            provider.GetRequiredService<RedisPageStore>(),
            provider.GetRequiredService<NodePageCopies>(),
            provider.GetRequiredService<TimeProvider>()));
    }
}
