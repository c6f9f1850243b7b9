using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Security;

/// <summary>
/// Strict-Transport-Security on every HTTPS answer, behind a configured proxy too, and never over plain HTTP, where
/// RFC 6797 §7.2 forbids it (the page cache keys on the scheme, so a page stored from HTTPS never reaches HTTP).
/// </summary>
internal sealed class StrictTransportSecurity(RequestDelegate next, IOptions<HstsSettings> options)
{
    private readonly string _value = options.Value.HeaderValue;

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the answer starts: the exception handler clears the headers set before it. The scheme is known now
        // (forwarded headers ran first), so a plain-HTTP request registers nothing.
        if (context.Request.IsHttps)
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderNames.StrictTransportSecurity] = _value;
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
