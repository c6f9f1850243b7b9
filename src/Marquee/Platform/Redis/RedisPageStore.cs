using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Marquee.Platform.Redis;

/// <summary>
/// The shared page cache in Redis (decision 0053). Each read, write and eviction is one script, which Redis runs whole: a
/// node killed at any instant leaves a page either absent or reachable by every one of its tags, and a render that missed
/// before an eviction of one of its tags, on any node, is refused by Redis itself instead of being stored stale.
/// Keys under Marquee:RedisPrefix: page:{key} (the bytes, expiring with the page), tag:{tag} (its pages' keys, scored by
/// their expiry) and evicted:{tag} (when it was last evicted, in microseconds by Redis's clock, the one clock all nodes share).
/// </summary>
internal sealed class RedisPageStore(IConnectionMultiplexer redis, string prefix) : IOutputCacheStore
{
    /// <summary>Longer than any render takes from its miss to its write.</summary>
    private static readonly TimeSpan EvictionMarkLifetime = TimeSpan.FromMinutes(10);

    private const string Now = "local t = redis.call('TIME') local now = t[1] .. string.format('%06d', t[2]) ";

    /// <summary>The page, and when it was read: a write of this key later is refused if one of its tags was evicted since.</summary>
    private const string Read = Now + "return { redis.call('GET', KEYS[1]), now }";

    /// <summary>KEYS: the page, its tags' sets, their eviction marks. ARGV: bytes, lifetime (ms), key, missed at (µs, or -1), tag count.</summary>
    private const string Write = Now + """
        local count = tonumber(ARGV[5])
        local missedAt = tonumber(ARGV[4])
        if missedAt >= 0 then
          for i = 1, count do
            if tonumber(redis.call('GET', KEYS[1 + count + i]) or '-1') >= missedAt then return 0 end
          end
        end
        local lifetime = tonumber(ARGV[2])
        local nowMs = math.floor(tonumber(now) / 1000)
        for i = 1, count do
          local set = KEYS[1 + i]
          redis.call('ZREMRANGEBYSCORE', set, '-inf', nowMs)
          redis.call('ZADD', set, nowMs + lifetime, ARGV[3])
          if redis.call('PTTL', set) < lifetime then redis.call('PEXPIRE', set, lifetime) end
        end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', lifetime)
        return 1
        """;

    /// <summary>KEYS: the tag's set, its eviction mark. ARGV: the page key prefix, how long the mark is kept (ms).</summary>
    private const string Evict = Now + """
        redis.call('SET', KEYS[2], now, 'PX', ARGV[2])
        local keys = redis.call('ZRANGE', KEYS[1], 0, -1)
        for _, key in ipairs(keys) do redis.call('UNLINK', ARGV[1] .. key) end
        redis.call('UNLINK', KEYS[1])
        return #keys
        """;

    private readonly PendingMisses _misses = new();

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var read = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(Read, [PageKey(key)]))!;
        var page = (byte[]?)read[0];
        if (page is null)
        {
            _misses.Note(key, long.Parse((string)read[1]!, CultureInfo.InvariantCulture));
        }

        return page;
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        tags ??= [];
        var missedAt = _misses.Take(key) ?? -1;
        RedisKey[] keys = [PageKey(key), .. tags.Select(TagKey), .. tags.Select(MarkKey)];
        RedisValue[] values = [value, (long)validFor.TotalMilliseconds, key, missedAt, tags.Length];
        await redis.GetDatabase().ScriptEvaluateAsync(Write, keys, values);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        await redis.GetDatabase().ScriptEvaluateAsync(Evict, [TagKey(tag), MarkKey(tag)], [prefix + "page:", (long)EvictionMarkLifetime.TotalMilliseconds]);

    private RedisKey PageKey(string key) => prefix + "page:" + key;

    private RedisKey TagKey(string tag) => prefix + "tag:" + tag;

    private RedisKey MarkKey(string tag) => prefix + "evicted:" + tag;
}
