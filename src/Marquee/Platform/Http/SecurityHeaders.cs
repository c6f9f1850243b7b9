using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Http;

/// <summary>
/// The headers every answer carries (docs/security.md): a Content-Security-Policy (the public one here; the
/// newsroom sets its own stricter one), nosniff, a Referrer-Policy that keeps paths on this site, and a
/// Permissions-Policy turning off device features no page uses. Set as the response starts, so cache hits,
/// static files, refusals and error pages carry them too; a page that set its own (previews send no Referer) keeps it.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, ContentSecurityPolicies policies)
{
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>Features Chromium, Firefox and Safari recognise (an unknown one is a console error); what embeds may need is left alone.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), bluetooth=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), "
        + "idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), xr-spatial-tracking=()";

    /// <summary>The headers this sets, which a copy of a public answer carries as it was sent.</summary>
    public static readonly string[] Names = [HeaderNames.ContentSecurityPolicy, HeaderNames.XContentTypeOptions, "Referrer-Policy", "Permissions-Policy"];

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.TryAdd(HeaderNames.ContentSecurityPolicy, policies.Public);
            headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
            headers.TryAdd("Referrer-Policy", ReferrerPolicy);
            headers.TryAdd("Permissions-Policy", PermissionsPolicy);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
