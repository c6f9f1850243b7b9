using Microsoft.AspNetCore.HttpOverrides;

namespace Marquee.Platform.Origin;

/// <summary>X-Forwarded-For and X-Forwarded-Proto, believed only from the proxies Marquee:ForwardedHeaders names (default: loopback).</summary>
internal static class TrustedProxies
{
    public static ForwardedHeadersOptions From(ForwardedHeadersSettings settings)
    {
        var forwarded = new ForwardedHeadersOptions
        {
            // Not X-Forwarded-Host: the Host header is what AcceptedHosts checks, and proxies pass it through unchanged.
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Each hop is believed only while the address it came from is a known proxy, so a chain of them is walked back to the client.
            ForwardLimit = null,
        };
        if (settings.IsConfigured)
        {
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in settings.Proxies)
            {
                forwarded.KnownProxies.Add(proxy);
            }

            foreach (var network in settings.Networks)
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        }

        return forwarded;
    }
}
