using System.Net;
using System.Threading.RateLimiting;
using Marquee.Platform.Http;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Reads;

/// <summary>Reads one client address may add per minute, in this node's memory only: one reader cannot push a story up the rail.</summary>
public sealed class ReadLimit(IOptions<ReadOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.PerAddressPerMinute, Window = TimeSpan.FromMinutes(1) }));

    public bool Allows(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(ClientAddress.Of(context.Connection.RemoteIpAddress));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
