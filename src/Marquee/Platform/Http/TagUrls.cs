namespace Marquee.Platform.Http;

/// <summary>The shape a configured third-party tag or footer link must have, so a typo stops the start rather than a page.</summary>
public static class TagUrls
{
    /// <summary>Why a tag URL cannot be loaded as a script, naming the key, or null when it can (or is empty: no tag).</summary>
    public static string? Problem(string key, string url) =>
        url.Length == 0 || IsAbsoluteHttp(url) ? null : $"{key} '{url}' must be an absolute http or https URL of a script (or empty for none).";

    public static bool IsLink(string url) => IsAbsoluteHttp(url) || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal));

    private static bool IsAbsoluteHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.UserInfo.Length == 0;
}
