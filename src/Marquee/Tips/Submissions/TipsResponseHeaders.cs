using Microsoft.Net.Http.Headers;

namespace Marquee.Tips.Submissions;

/// <summary>
/// The tip line's route profile, set as the answer starts so no page or template can loosen it: never stored by any
/// cache, a Content-Security-Policy that allows only the site's own scripts, stylesheets, fetches and form, no referrer, and no cookie.
/// </summary>
internal sealed class TipsResponseHeaders(RequestDelegate next)
{
    public const string Path = "/tips";

    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers[HeaderNames.CacheControl] = "no-store";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers["Referrer-Policy"] = "no-referrer";
                headers.Remove(HeaderNames.SetCookie);
                headers.Remove(HeaderNames.ETag);
                headers.Remove("Surrogate-Key");
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
