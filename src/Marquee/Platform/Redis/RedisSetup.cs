using Marquee.Platform.Caching;
using Marquee.Platform.Health;
using StackExchange.Redis;

namespace Marquee.Platform.Redis;

/// <summary>
/// With Marquee:Redis set, nodes share one page cache in Redis: a page rendered by one node is a hit on
/// every node, and an eviction on any node (or by `marquee import`) is an eviction everywhere at once.
/// Without it, each node keeps its own cache and follows the database's eviction log.
/// </summary>
public static class RedisSetup
{
    public const string KeyPrefix = "marquee:";

    public static IServiceCollection AddRedisWhenConfigured(this IServiceCollection services, MarqueeOptions options)
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
        services.AddSingleton<RedisEvictionChannel>();
        services.AddSingleton<ICommittedChangeObserver>(provider => provider.GetRequiredService<RedisEvictionChannel>());
        services.AddHostedService(provider => provider.GetRequiredService<RedisEvictionChannel>());
        services.AddStackExchangeRedisOutputCache(redis =>
        {
            redis.InstanceName = KeyPrefix;
            redis.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Value);
        });
        return services;
    }
}
