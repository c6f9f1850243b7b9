namespace Marquee.Platform.Caching;

/// <summary>
/// How a CDN in front of Marquee may cache public pages, and where to tell it what changed. Browsers
/// always revalidate (max-age=0); the CDN keeps a page for SharedMaxAge and is purged by key on every change.
/// </summary>
public sealed class CdnOptions
{
    public const string Section = "Marquee:Cdn";

    /// <summary>Seconds a shared cache may serve a page without asking (s-maxage). Raise it once purging is configured.</summary>
    public int SharedMaxAge { get; set; } = 60;

    /// <summary>Seconds a CDN may serve a just-expired page while it fetches a fresh one.</summary>
    public int StaleWhileRevalidate { get; set; } = 30;

    /// <summary>Seconds a CDN may keep serving a page while Marquee answers errors or is unreachable.</summary>
    public int StaleIfError { get; set; } = 86_400;

    /// <summary>Where to POST the surrogate keys a change touched (Fastly- or Cloudflare-style purge by key); empty = no purging.</summary>
    public string PurgeUrl { get; set; } = "";

    /// <summary>Sent verbatim as the purge request's Authorization header, e.g. "Bearer …".</summary>
    public string PurgeAuthorization { get; set; } = "";

    public string CacheControl =>
        $"public, max-age=0, s-maxage={SharedMaxAge}, stale-while-revalidate={StaleWhileRevalidate}, stale-if-error={StaleIfError}";
}
