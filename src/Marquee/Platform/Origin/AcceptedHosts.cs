using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Marquee.Platform.Origin;

/// <summary>
/// The Host names this site answers to: Site:BaseUrl's, those listed in AllowedHosts, the names it was told to
/// listen on (--urls), and loopback (a probe or curl on the machine itself). Any other Host is forged or misrouted.
/// </summary>
public sealed class AcceptedHosts(IOptions<SiteOptions> options, IConfiguration configuration)
{
    /// <summary>ASP.NET Core's key, kept for its meaning: extra names, ';'-separated, "*.example.com" for subdomains.</summary>
    public const string AllowedHostsKey = "AllowedHosts";

    private readonly string? _baseHost = options.Value.BaseUri?.IdnHost;

    private readonly StringSegment[] _names = Names(options.Value.BaseUri, configuration[AllowedHostsKey], configuration[WebHostDefaults.ServerUrlsKey]);

    public bool Accepts(HostString host) =>
        host.HasValue && (IsLoopback(host.Host) || HostString.MatchesAny(host.Value, _names));

    /// <summary>The 400's text: which host was refused and which setting would accept it.</summary>
    public string Refusal(HostString host) => _baseHost is null
        ? $"This site does not answer to the host '{host}'. Without Marquee:Site:BaseUrl it answers only to localhost and the names in --urls: "
            + "set Marquee:Site:BaseUrl to the site's address (and AllowedHosts to any other names it answers to)."
        : $"This site does not answer to the host '{host}'. It answers to {_baseHost} (Marquee:Site:BaseUrl): "
            + "add any other name it should answer to to AllowedHosts.";

    private static StringSegment[] Names(Uri? baseUri, string? allowedHosts, string? urls) =>
        List(allowedHosts)
            .Where(name => name != "*")
            .Concat(ListenedNames(urls))
            .Append(baseUri?.IdnHost)
            .OfType<string>()
            .Select(name => new StringSegment(name))
            .ToArray();

    /// <summary>
    /// Host names from the addresses as configured (--urls, ASPNETCORE_URLS): Kestrel reports a named host it binds
    /// as [::], so the configuration is what still knows the name. A wildcard (0.0.0.0, [::], *, +) names no host.
    /// </summary>
    private static IEnumerable<string> ListenedNames(string? urls) =>
        List(urls)
            .Select(address => BindingAddress.Parse(address).Host)
            .Where(host => host is not ("*" or "+") && !IsAnyAddress(host));

    private static string[] List(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static bool IsAnyAddress(string host) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var address) && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any));
}
