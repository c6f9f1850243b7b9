using System.Net;
using System.Threading.RateLimiting;
using Marquee.Platform.Http;
using Marquee.Platform.Work;
using Microsoft.Extensions.Options;

namespace Marquee.Tips.Submissions;

/// <summary>
/// Submissions per client address per hour, counted in this node's memory and nowhere else: a flood is held off
/// without the tip line ever writing down who sent what. A tip without a proof of work (decision 0076) also needs a
/// permit from one site-wide budget per minute, so a flood from many addresses cannot skip the work.
/// </summary>
public sealed class TipFloodGate(IOptions<TipsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _perAddress = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.SubmissionsPerHour, Window = TimeSpan.FromHours(1) }));

    private readonly UnprovenBudget _unproven = new(options.Value.UnprovenSubmissionsPerMinute);

    /// <summary>Null when the tip may go on; otherwise why not, for the source.</summary>
    public string? Refusal(HttpContext context, bool proven)
    {
        using var perAddress = _perAddress.AttemptAcquire(ClientAddress.Of(context.Connection.RemoteIpAddress));
        if (!perAddress.IsAcquired)
        {
            return "Too many tips from this connection just now: please try again in an hour, or use a channel below.";
        }

        return _unproven.Admits(proven) ? null : "The tip line is busy just now: please try again in a minute (with JavaScript on, this page can send at once), or use a channel below.";
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _unproven.Dispose();
    }
}
