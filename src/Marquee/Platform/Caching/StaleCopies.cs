using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Caching;

/// <summary>
/// The last good copy of each public response, kept apart from the page cache so that evicting a page
/// does not lose it: when a render fails (the database has gone away), readers get the last good
/// copy instead of an error page. Bounded by Marquee:OutputCache:StaleCopyMegabytes, least used first out.
/// </summary>
public sealed class StaleCopies : IDisposable
{
    /// <summary>Marks a response served from here, so no cache — ours or a CDN's — keeps it as fresh.</summary>
    public const string Header = "Marquee-Stale";

    private readonly MemoryCache _copies;

    public StaleCopies(IOptions<OutputCacheSettings> options) =>
        _copies = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.StaleCopyMegabytes) * 1024L * 1024L });

    public static string KeyOf(HttpRequest request) => request.Path + request.QueryString;

    public void Keep(HttpContext context, byte[] body)
    {
        var copy = new StaleCopy(context.Response.ContentType, body);
        _copies.Set(KeyOf(context.Request), copy, new MemoryCacheEntryOptions { Size = body.Length + 256 });
    }

    /// <summary>Answers with the last good copy, if there is one; the response must not have started.</summary>
    public async Task<bool> TryServeAsync(HttpContext context)
    {
        if (!_copies.TryGetValue(KeyOf(context.Request), out StaleCopy? copy) || copy is null || context.Response.HasStarted)
        {
            return false;
        }

        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = copy.ContentType;
        context.Response.Headers[Header] = "true";
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        context.Response.ContentLength = copy.Body.Length;
        await context.Response.Body.WriteAsync(copy.Body, context.RequestAborted);
        return true;
    }

    public void Dispose() => _copies.Dispose();

    private sealed record StaleCopy(string? ContentType, byte[] Body);
}
