namespace Marquee.Platform.Security;

/// <summary>
/// The one rule for a URL stored in a content field (a feature image, an author's photo): an absolute http(s)
/// address, or a path on this site (decision 0031). Anything else — <c>javascript:</c>, <c>data:</c>, a
/// protocol-relative <c>//host</c>, which browsers also read from <c>/\host</c> — is refused on the way in
/// (newsroom forms, importers) and never printed on the way out.
/// </summary>
public static class UrlPolicy
{
    public const string Rule = "must be an http:// or https:// address or a path on this site starting with /";

    public static bool IsAllowed(string url) =>
        // Browsers drop tabs and newlines inside a URL and read \ as /: "/\t/host" and "/\host" would leave the site.
        !url.Any(c => char.IsControl(c) || c == '\\')
        && (IsSitePath(url) || IsWebAddress(url));

    /// <summary>The URL when it may be printed, else null: the guard on everything read back from storage.</summary>
    public static string? AllowedOrNull(string? url) => url is not null && IsAllowed(url) ? url : null;

    private static bool IsSitePath(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    private static bool IsWebAddress(string url) =>
        (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Host.Length > 0;
}
