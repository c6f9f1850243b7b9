namespace Marquee.Platform.Caching;

/// <summary>
/// Whether a request may be answered from the page cache at all. A public page whose access can be withdrawn (a
/// revoked Content API key) asks on every request, hits included, so the withdrawal holds at once on every node.
/// </summary>
public interface ICacheLookupGate
{
    ValueTask<bool> AllowsAsync(HttpContext context);
}
