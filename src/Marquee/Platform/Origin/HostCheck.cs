using Marquee.Platform.Health;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Origin;

/// <summary>
/// Refuses, with a 400 that names the host and the setting, a request whose Host this site does not answer to,
/// before anything can echo it into a link. Health probes answer any Host: load balancers probe by IP, and they echo nothing.
/// </summary>
internal sealed class HostCheck(RequestDelegate next, AcceptedHosts hosts)
{
    public Task InvokeAsync(HttpContext context) =>
        hosts.Accepts(context.Request.Host) || HealthEndpoints.IsProbe(context.Request.Path)
            ? next(context)
            : RefuseAsync(context);

    private Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return context.Response.WriteAsync(hosts.Refusal(context.Request.Host), context.RequestAborted);
    }
}
