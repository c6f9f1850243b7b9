using Microsoft.AspNetCore.Authentication.Cookies;

namespace Marquee.Newsroom.Access;

/// <summary>
/// Over HTTPS the staff cookie is named "__Host-…": browsers then accept it only Secure, for this exact
/// host and path "/", so a sibling subdomain cannot plant or overwrite it. Plain HTTP (development) keeps the bare name.
/// </summary>
internal sealed class HostPrefixedCookieManager : ICookieManager
{
    public const string Prefix = "__Host-";

    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, NameFor(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, NameFor(context, key), value, Secured(context, options));

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, NameFor(context, key), Secured(context, options));

    public static string NameFor(HttpContext context, string key) => context.Request.IsHttps ? Prefix + key : key;

    private static CookieOptions Secured(HttpContext context, CookieOptions options)
    {
        if (context.Request.IsHttps)
        {
            options.Secure = true;
            options.Domain = null;
            options.Path = "/";
        }

        return options;
    }
}
