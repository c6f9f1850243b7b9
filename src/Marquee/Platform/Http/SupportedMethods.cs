using System.Collections.Concurrent;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Http;

/// <summary>
/// Razor Pages accept every method and render the page without running a handler for one they lack (TRACE,
/// PUT, a POST to a page without OnPost), which is where a 500 came from. A page answers only GET, HEAD and
/// the methods it has handlers for: any other gets 405 with Allow, as routing answers for minimal APIs (an unknown
/// method too: a malformed request gets a 4xx), and OPTIONS 204 with Allow (RFC 9110 §9.3.7).
/// </summary>
internal sealed class SupportedMethods(RequestDelegate next)
{
    private readonly ConcurrentDictionary<CompiledPageActionDescriptor, string[]> _allowed = new();

    public Task InvokeAsync(HttpContext context)
    {
        // The error pages answer for whatever request failed, in its method.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.GetEndpoint()?.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not { } page)
        {
            return next(context);
        }

        var method = context.Request.Method;
        var allowed = _allowed.GetOrAdd(page, Allowed);
        if (!HttpMethods.IsOptions(method) && allowed.Contains(method, StringComparer.OrdinalIgnoreCase))
        {
            return next(context);
        }

        context.Response.StatusCode = HttpMethods.IsOptions(method) ? StatusCodes.Status204NoContent : StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers[HeaderNames.Allow] = string.Join(", ", allowed);
        return Task.CompletedTask;
    }

    /// <summary>GET and HEAD always (a page without OnGet still renders), each handler's method, and OPTIONS.</summary>
    private static string[] Allowed(CompiledPageActionDescriptor page) =>
        [.. new[] { HttpMethods.Get, HttpMethods.Head, HttpMethods.Options }
            .Concat(page.HandlerMethods.Select(handler => handler.HttpMethod.ToUpperInvariant()))
            .Distinct()];
}
