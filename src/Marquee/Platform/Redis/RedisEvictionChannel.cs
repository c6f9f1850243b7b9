using Marquee.Platform.Caching;
using Marquee.Platform.Jobs;
using StackExchange.Redis;

namespace Marquee.Platform.Redis;

/// <summary>
/// With Redis, the tags of every committed change are published at once to the other nodes, whose
/// in-memory copies (navigation, the Latest rail) drop them without waiting for their next read of the
/// eviction log. The log stays the record: a message lost while Redis is away is caught there.
/// The shared page cache needs none of this: an eviction in Redis is already an eviction everywhere.
/// </summary>
internal sealed class RedisEvictionChannel(
    RedisChannel channel,
    IConnectionMultiplexer redis,
    NodeIdentity node,
    IEnumerable<IEvictionListener> listeners,
    ILogger<RedisEvictionChannel> logger) : BackgroundService, ICommittedChangeObserver
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    public void Committed(IReadOnlyCollection<string> tags)
    {
        try
        {
            redis.GetSubscriber().Publish(channel, $"{node.Name} {string.Join(' ', tags)}", CommandFlags.FireAndForget);
        }
        catch (RedisException error)
        {
            logger.LogWarning(error, "Could not publish an eviction to Redis; other nodes will read it from the eviction log");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(channel, (_, message) => Receive(message));
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Redis may be down at start; the client reconnects by itself and keeps the subscription once made.
                logger.LogWarning(error, "Could not subscribe to evictions in Redis; retrying");
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    private void Receive(RedisValue message)
    {
        var parts = ((string?)message ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0] == node.Name)
        {
            return;
        }

        var tags = parts[1..];
        foreach (var listener in listeners)
        {
            listener.Evicted(tags);
        }
    }
}
