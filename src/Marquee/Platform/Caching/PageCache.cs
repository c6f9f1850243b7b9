using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Platform.Caching;

/// <summary>How a public page takes part in the output cache.</summary>
public static class PageCache
{
    public const string PolicyName = "public-page";

    /// <summary>Records what the page being rendered shows, so a change to any of it evicts the page.</summary>
    public static void Tag(HttpContext context, params IEnumerable<string> tags)
    {
        var cache = context.Features.Get<IOutputCacheFeature>();
        if (cache is null)
        {
            return;
        }

        foreach (var tag in tags)
        {
            cache.Context.Tags.Add(tag);
        }
    }
}
