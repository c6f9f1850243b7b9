using Microsoft.Extensions.Options;

namespace Marquee.Platform.Http;

/// <summary>
/// A query string longer than any link of ours gets 414 before routing, the page cache or a render spend anything on it.
/// Kestrel's own limit (the 8 KB request line) stays behind it.
/// </summary>
internal sealed class QueryStringLimit(RequestDelegate next, IOptions<HttpOptions> options)
{
    private readonly int _maxBytes = options.Value.MaxQueryStringBytes;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.Value?.Length > _maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
