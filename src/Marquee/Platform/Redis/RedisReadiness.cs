using Marquee.Platform.Health;
using StackExchange.Redis;

namespace Marquee.Platform.Redis;

/// <summary>A node sharing its page cache through Redis is not ready while Redis does not answer.</summary>
internal sealed class RedisReadiness(IConnectionMultiplexer redis) : IReadinessCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetDatabase().PingAsync().WaitAsync(Timeout, cancellationToken);
            return null;
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            return "redis unreachable";
        }
    }
}
