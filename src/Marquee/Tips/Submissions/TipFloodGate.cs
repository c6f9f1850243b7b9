using System.Net;
using System.Threading.RateLimiting;
using Marquee.Platform.Http;
using Microsoft.Extensions.Options;

namespace Marquee.Tips.Submissions;

/// <summary>
/// Submissions per client address per hour, counted in this node's memory and nowhere else: a flood is held off
/// without the tip line ever writing down who sent what.
/// </summary>
public sealed class TipFloodGate(IOptions<TipsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _perAddress = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.SubmissionsPerHour, Window = TimeSpan.FromHours(1) }));

    public bool Admits(HttpContext context)
    {
        using var lease = _perAddress.AttemptAcquire(ClientAddress.Of(context.Connection.RemoteIpAddress));
        return lease.IsAcquired;
    }

    public void Dispose() => _perAddress.Dispose();
}
