using System.Data.Common;
using Marquee.Platform.Caching;

namespace Marquee.Distribution.GhostContentApi.Keys;

/// <summary>
/// A cached Content API answer is served only to a key that is valid now: one indexed lookup per request, so a
/// revoked key is refused at once on every node, whatever the page caches still hold for it.
/// </summary>
public sealed class ContentApiKeyGate(ContentApiKeyCheck keys) : ICacheLookupGate
{
    public async ValueTask<bool> AllowsAsync(HttpContext context)
    {
        if (context.Request.Query["key"] is not { Count: 1 } key || string.IsNullOrEmpty(key[0]))
        {
            return false;
        }

        try
        {
            return await keys.IsValidAsync(context, key[0]!);
        }
        catch (DbException)
        {
            // Unchecked is uncached: the endpoint then answers Ghost's JSON error, not the host's error page.
            return false;
        }
    }
}
