namespace Marquee.Readers.Sessions;

/// <summary>
/// The reader's cookie: its own name, never the staff cookie's. Over HTTPS it is "__Host-…" (Secure, this host, path
/// "/"), so a sibling subdomain cannot plant it. HttpOnly: the page learns who is signed in from /me, not from the cookie.
/// </summary>
public static class ReaderCookie
{
    public const string Name = "marquee-reader";

    public static string NameFor(HttpRequest request) => request.IsHttps ? "__Host-" + Name : Name;

    public static string? Read(HttpRequest request) => request.Cookies[NameFor(request)];

    public static void Write(HttpResponse response, string key, DateTime expiresAt) =>
        response.Cookies.Append(NameFor(response.HttpContext.Request), key, Options(response.HttpContext.Request, expiresAt));

    public static void Delete(HttpResponse response) =>
        response.Cookies.Delete(NameFor(response.HttpContext.Request), Options(response.HttpContext.Request, null));

    private static CookieOptions Options(HttpRequest request, DateTime? expiresAt) => new()
    {
        HttpOnly = true,
        Secure = request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        Expires = expiresAt,
        IsEssential = true,
    };
}
