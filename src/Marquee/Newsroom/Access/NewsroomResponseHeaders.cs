using Marquee.Platform.Http;
using Microsoft.Net.Http.Headers;

namespace Marquee.Newsroom.Access;

/// <summary>
/// Newsroom answers are personal: never kept by a browser, a proxy or a CDN. Set as the response starts,
/// so redirects, refusals and re-executed error pages under /newsroom carry it too, with the newsroom's
/// stricter Content-Security-Policy in place of the public one.
/// </summary>
internal sealed class NewsroomResponseHeaders(RequestDelegate next, ContentSecurityPolicies policies)
{
    public const string CacheControl = "no-store, private";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(NewsroomPaths.Root, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderNames.CacheControl] = CacheControl;
                context.Response.Headers[HeaderNames.Pragma] = "no-cache";
                context.Response.Headers.ContentSecurityPolicy = policies.Newsroom;
                context.Response.Headers.Remove(HeaderNames.ETag);
                context.Response.Headers.Remove("Surrogate-Key");
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
