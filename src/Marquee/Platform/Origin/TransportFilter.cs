using Marquee.Platform.Security;
using Microsoft.Extensions.Options;

namespace Marquee.Platform.Origin;

/// <summary>
/// Ahead of the whole pipeline, error pages included: the trusted proxy's client address and scheme first (cookies,
/// rate limits and HSTS depend on them), then HSTS, then the Host check.
/// </summary>
internal sealed class TransportFilter(IOptions<ForwardedHeadersSettings> options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseForwardedHeaders(TrustedProxies.From(options.Value));
        app.UseMiddleware<StrictTransportSecurity>();
        app.UseMiddleware<HostCheck>();
        next(app);
    };
}
