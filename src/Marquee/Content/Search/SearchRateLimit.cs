using System.Net;
using System.Threading.RateLimiting;
using Marquee.Platform.Http;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Search;

/// <summary>
/// A budget of searches per client address per minute, spent only by searches the page cache did not answer (the page's
/// handler runs only then): bots spamming the search box cost the database little before they are turned away.
/// </summary>
public sealed class SearchRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress>? _limiter;

    public SearchRateLimit(IOptions<SearchOptions> options)
    {
        var perMinute = options.Value.UncachedSearchesPerMinute;
        _limiter = perMinute == 0 ? null : PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
    }

    /// <summary>Null when the client may search now; otherwise how long it must wait.</summary>
    public TimeSpan? WaitFor(HttpContext context)
    {
        if (_limiter is null)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(ClientAddress.Of(context.Connection.RemoteIpAddress));
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter?.Dispose();
}
