using Marquee.Platform.Caching;
using Microsoft.Net.Http.Headers;

namespace Marquee.Tips.Submissions;

/// <summary>
/// Answers GET and HEAD /tips from the bytes of its first render (decision 0093): the page holds nothing per request (the
/// proof of work is fetched by its script), so it is rendered once per process and sent from memory, still no-store for
/// every cache on the way and under the tip line's route profile, which runs before this. Anything else goes down the pipeline.
/// </summary>
internal sealed class ReadyTipsPage(RequestDelegate next)
{
    /// <summary>Far larger than the page: a render past it is sent but not kept.</summary>
    private const int MaxBytes = 256 * 1024;

    private RenderedTipsPage? _page;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.Equals(TipsResponseHeaders.Path, StringComparison.OrdinalIgnoreCase) || request.QueryString.HasValue
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return next(context);
        }

        return Volatile.Read(ref _page) is { } page && ContentCodings.Choose(request.Headers.AcceptEncoding) is { } coding
            ? SendAsync(context, page, coding)
            : HttpMethods.IsGet(request.Method) ? RenderAsync(context) : next(context);
    }

    private static async Task SendAsync(HttpContext context, RenderedTipsPage page, ContentCoding coding)
    {
        var response = context.Response;
        foreach (var (name, value) in page.Headers(coding))
        {
            response.Headers[name] = value;
        }

        var body = page.Body(coding);
        response.ContentLength = body.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private async Task RenderAsync(HttpContext context)
    {
        // Rendered uncompressed, so what is kept is the page itself; every coding is made from it once.
        context.Request.Headers.Remove(HeaderNames.AcceptEncoding);
        var response = context.Response;
        // Left in place afterwards: only the tip line's header middleware comes before this one, and it writes no body.
        var copy = new ResponseCopy(response.Body, MaxBytes);
        response.Body = copy;
        await next(context);

        if (copy.Bytes is { Length: > 0 } sent && response is { StatusCode: StatusCodes.Status200OK, HasStarted: true }
            && !context.RequestAborted.IsCancellationRequested && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && response.Headers.ContentEncoding.Count == 0)
        {
            Volatile.Write(ref _page, new RenderedTipsPage(response.Headers, sent));
        }
    }
}
