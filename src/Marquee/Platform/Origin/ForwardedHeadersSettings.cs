using System.Net;

namespace Marquee.Platform.Origin;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: anyone else could claim any
/// address or HTTPS. Both empty = ASP.NET Core's default, loopback only (a proxy on the same machine).
/// </summary>
public sealed class ForwardedHeadersSettings : ICheckedOptions
{
    public const string Section = "Marquee:ForwardedHeaders";

    /// <summary>Proxy addresses, separated by commas or semicolons (10.0.0.5, 2001:db8::5).</summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>Proxy networks in CIDR notation, separated by commas or semicolons (10.0.0.0/8).</summary>
    public string KnownNetworks { get; set; } = "";

    public IReadOnlyList<IPAddress> Proxies => Entries(KnownProxies).Select(IPAddress.Parse).ToList();

    public IReadOnlyList<IPNetwork> Networks => Entries(KnownNetworks).Select(entry => IPNetwork.Parse(entry)).ToList();

    /// <summary>True when the operator named proxies: they then replace the loopback default rather than add to it.</summary>
    public bool IsConfigured => Entries(KnownProxies).Length > 0 || Entries(KnownNetworks).Length > 0;

    /// <summary>What is wrong with these settings, or null: checked at start so a typo fails the process, not every client's address.</summary>
    public string? Problem() =>
        Entries(KnownProxies).FirstOrDefault(entry => !IPAddress.TryParse(entry, out _)) is { } proxy
            ? $"Marquee:ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address (such as 10.0.0.5)."
            : Entries(KnownNetworks).FirstOrDefault(entry => !IPNetwork.TryParse(entry, out _)) is { } network
                ? $"Marquee:ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation (such as 10.0.0.0/8)."
                : null;

    private static string[] Entries(string list) =>
        list.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
