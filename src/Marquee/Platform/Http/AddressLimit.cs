using System.Net;
using System.Threading.RateLimiting;

namespace Marquee.Platform.Http;

/// <summary>A budget of permits per client address per window, held in this node's memory only: nothing about a client is written down.</summary>
public sealed class AddressLimit(int permits, TimeSpan window) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window }));

    /// <summary>Null when the client may go on now (spending a permit); otherwise how long it must wait.</summary>
    public TimeSpan? WaitFor(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(ClientAddress.Of(context.Connection.RemoteIpAddress));
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
    }

    public void Dispose() => _limiter.Dispose();
}
