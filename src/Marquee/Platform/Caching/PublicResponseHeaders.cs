using System.Security.Cryptography;
using Marquee.Platform.Observability;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Caching;

/// <summary>
/// For public pages: a weak ETag from the rendered bytes; a Cache-Control that makes browsers
/// revalidate (an edit is never hidden behind a browser's copy) while a CDN may keep the page, serve it
/// stale while refetching or while Marquee is down; and a Surrogate-Key naming what the page shows,
/// which is what a purge names after a change. Keeps the last good copy for when a render fails. Runs
/// inside the output cache, so its cost is paid once per render, not per request. HEAD gets what GET gets:
/// the page is rendered the same way and Kestrel leaves out the body.
/// </summary>
internal sealed class PublicResponseHeaders(
    RequestDelegate next,
    IOptions<CdnOptions> options,
    StaleCopies stale,
    PageMetrics metrics,
    TimeProvider clock,
    ILogger<PublicResponseHeaders> logger)
{
    public const string SurrogateKey = "Surrogate-Key";

    private readonly string _cacheControl = options.Value.CacheControl;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) || context.GetEndpoint() is not RouteEndpoint endpoint || endpoint.Metadata.GetMetadata<PublicPageAttribute>() is null)
        {
            await next(context);
            return;
        }

        var started = clock.GetTimestamp();
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch (Exception error) when (!context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Body = original;
            if (!await stale.TryServeAsync(context))
            {
                throw;
            }

            logger.LogWarning(error, "Rendering {Path} failed; served its last good copy", context.Request.Path);
            return;
        }
        finally
        {
            context.Response.Body = original;
            metrics.Rendered(endpoint, clock.GetElapsedTime(started));
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            context.Response.Headers[HeaderNames.ETag] = $"W/\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"";
            stale.Keep(context, buffer.ToArray());
        }

        // A refusal for going too fast is one client's answer for now: no CDN may hand it to others.
        context.Response.Headers[HeaderNames.CacheControl] = context.Response.StatusCode is < 500 and not StatusCodes.Status429TooManyRequests ? _cacheControl : "no-store";
        if (ContentCodings.IsCompressed(context.Response.ContentType))
        {
            // Sent uncompressed too (compression adds it only when asked), so a shared cache never serves one coding to all.
            context.Response.Headers[HeaderNames.Vary] = HeaderNames.AcceptEncoding;
        }

        if (context.Features.Get<IOutputCacheFeature>() is { Context.Tags.Count: > 0 } cache)
        {
            context.Response.Headers[SurrogateKey] = string.Join(' ', cache.Context.Tags.Order(StringComparer.Ordinal));
        }

        if (buffer.Length > 0)
        {
            // An empty body is left alone so the status-code pages can still render their friendly page.
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }
}
