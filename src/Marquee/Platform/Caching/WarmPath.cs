using System.Globalization;
using Marquee.Platform.Observability;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Caching;

/// <summary>
/// A cache hit at the front of the pipeline (decision 0040): a GET or HEAD for a page this node has ready in the coding the
/// request accepts best is answered with its prebuilt headers, its Age and its bytes, before routing, the output cache's key
/// building and entry decoding, and the per-request header callbacks. It keeps the output cache's rules: Authorization
/// bypasses it, the page's lookup gate is asked, If-None-Match gets a 304 with the page's ETag, the hit is counted. Anything
/// else (an If-Modified-Since, a page not ready, a coding refused) goes down the pipeline as before.
/// </summary>
internal sealed class WarmPath(RequestDelegate next, ReadyPages pages, PageMetrics metrics, TimeProvider clock)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var headers = request.Headers;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !headers.ContainsKey(HeaderNames.Authorization)
            && (headers.ContainsKey(HeaderNames.IfNoneMatch) || !headers.ContainsKey(HeaderNames.IfModifiedSince))
            && ContentCodings.Choose(headers.AcceptEncoding) is { } coding
            && pages.Get(ReadyPages.Key(request, coding)) is { } page
                ? ServeAsync(context, page)
                : next(context);
    }

    private async Task ServeAsync(HttpContext context, ReadyPage page)
    {
        if (page.Gate is { } gate && !await ((ICacheLookupGate)context.RequestServices.GetRequiredService(gate)).AllowsAsync(context))
        {
            await next(context);
            return;
        }

        metrics.Requested(page.Endpoint);
        var response = context.Response;
        if (page.IsMatchedBy(context.Request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            Copy(page.NotModifiedHeaders, response.Headers);
            return;
        }

        Copy(page.Headers, response.Headers);
        response.Headers.Age = ((long)(clock.GetUtcNow() - page.StoredAt).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.ContentLength = page.Body.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await response.Body.WriteAsync(page.Body, context.RequestAborted);
        }
    }

    private static void Copy(KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>[] from, IHeaderDictionary to)
    {
        foreach (var (name, value) in from)
        {
            to[name] = value;
        }
    }
}
