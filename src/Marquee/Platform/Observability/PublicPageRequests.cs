using Marquee.Platform.Caching;

namespace Marquee.Platform.Observability;

/// <summary>Counts requests for public pages before the page cache answers, so hits are counted too.</summary>
internal sealed class PublicPageRequests(RequestDelegate next, PageMetrics metrics)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint && endpoint.Metadata.GetMetadata<PublicPageAttribute>() is not null)
        {
            metrics.Requested(endpoint);
        }

        return next(context);
    }
}
