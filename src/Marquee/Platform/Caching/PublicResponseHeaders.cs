using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Caching;

/// <summary>
/// For public pages: a weak ETag from the rendered bytes and a Cache-Control that lets browsers keep
/// the page but revalidate it, so an edit is never hidden behind a browser's copy. Runs inside the
/// output cache, so its cost is paid once per render, not per request.
/// </summary>
internal sealed class PublicResponseHeaders(RequestDelegate next)
{
    public const string CacheControl = "public, max-age=0, must-revalidate";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is null)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            context.Response.Headers[HeaderNames.ETag] = $"W/\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"";
        }

        context.Response.Headers[HeaderNames.CacheControl] = context.Response.StatusCode < 500 ? CacheControl : "no-store";
        if (buffer.Length > 0)
        {
            // An empty body is left alone so the status-code pages can still render their friendly page.
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }
}
