using Microsoft.Extensions.Options;

namespace Marquee.Platform.Http;

/// <summary>
/// The two Content-Security-Policy headers, built once from configuration. Everything starts from
/// default-src 'none' and allows only what the pages use: scripts and styles are files from the site
/// (no inline script or style attribute anywhere, so no 'unsafe-inline', nonces or hashes are needed),
/// JSON-LD is data and is never executed, and no page may be framed.
/// </summary>
public sealed class ContentSecurityPolicies(IOptions<ContentSecurityPolicyOptions> options)
{
    /// <summary>Public pages, feeds, APIs and media: configured ad and embed origins are added here.</summary>
    public string Public { get; } = Build(
        ("script-src", "'self' " + options.Value.ScriptSources),
        ("style-src", "'self' " + options.Value.StyleSources),
        ("img-src", "'self' " + options.Value.ImageSources),
        ("connect-src", "'self' " + options.Value.ConnectSources),
        ("frame-src", options.Value.FrameSources),
        ("form-action", "'self'"));

    /// <summary>The newsroom: only its own scripts, styles and fetches; images as on public pages (previews show stories' images).</summary>
    public string Newsroom { get; } = Build(
        ("script-src", "'self'"),
        ("style-src", "'self'"),
        ("img-src", "'self' " + options.Value.ImageSources),
        ("connect-src", "'self'"),
        ("form-action", "'self'"));

    private static string Build(params (string Directive, string Sources)[] directives) =>
        string.Join("; ", directives
            .Where(d => !string.IsNullOrWhiteSpace(d.Sources))
            .Select(d => $"{d.Directive} {string.Join(' ', d.Sources.Split(' ', StringSplitOptions.RemoveEmptyEntries))}")
            .Prepend("default-src 'none'")
            .Concat(["base-uri 'none'", "object-src 'none'", "frame-ancestors 'none'"]));
}
