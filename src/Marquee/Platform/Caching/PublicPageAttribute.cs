using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Caching;

/// <summary>
/// Marks a page as public: output-cached until what it shows changes (pages tag themselves through
/// <see cref="PageCache.Tag"/>), one render per key at a time, with ETag and Cache-Control.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicPageAttribute : Attribute, IOutputCachePolicy
{
    /// <summary>A safety net only: eviction by tag is what keeps pages fresh. No cached answer outlives it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The query keys that change what the response shows ("*" for all); other keys must not multiply entries.</summary>
    public string[] VaryByQuery { get; init; } = ["page"];

    /// <summary>An <see cref="ICacheLookupGate"/> service asked before every lookup; a request it refuses is neither served from nor stored in the cache.</summary>
    public Type? LookupGate { get; init; }

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var enabled = context.HttpContext.RequestServices.GetRequiredService<IOptions<OutputCacheSettings>>().Value.Enabled;
        var cacheable = enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && (LookupGate is null || await ((ICacheLookupGate)context.HttpContext.RequestServices.GetRequiredService(LookupGate)).AllowsAsync(context.HttpContext));

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = VaryByQuery;
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.Tags.Add(CacheTags.Site);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie) || response.Headers.ContainsKey(StaleCopies.Header))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
