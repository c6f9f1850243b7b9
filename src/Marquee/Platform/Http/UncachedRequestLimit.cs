using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Http;

/// <summary>
/// A budget of uncached requests per client address per minute. It sits after the page cache and static files,
/// so a cache hit costs a client nothing, while what makes the server work — renders (a ?page=N busting the cache),
/// Content API queries, previews, the newsroom, media reads — is counted; over the budget, 429 with Retry-After.
/// The address is the connection's, after forwarded headers (from configured proxies only) have set it; IPv6 counts by /64.
/// </summary>
/// <remarks>A singleton <see cref="IMiddleware"/>, so the host disposes the limiter (and its timer) with the app.</remarks>
internal sealed class UncachedRequestLimit : IMiddleware, IDisposable
{
    public const string Refusal = "Too many requests from your address. Wait a moment, then try again.";

    private readonly PartitionedRateLimiter<HttpContext>? _limiter;

    public UncachedRequestLimit(IOptions<HttpOptions> options)
    {
        var perMinute = options.Value.UncachedRequestsPerMinute;
        _limiter = perMinute == 0 ? null : PartitionedRateLimiter.Create<HttpContext, IPAddress>(context =>
            RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress.Of(context.Connection.RemoteIpAddress),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        // An error page re-executed for a request is part of that request, already counted.
        if (_limiter is null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        using var lease = _limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/plain; charset=utf-8";
        // A body of its own, so the status-code pages do not render (and count) an error page for it.
        await context.Response.WriteAsync(Refusal, context.RequestAborted);
    }

    public void Dispose() => _limiter?.Dispose();
}
