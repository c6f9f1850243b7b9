using Microsoft.AspNetCore.HostFiltering;

namespace Marquee.Platform.Origin;

public static class OriginSetup
{
    public static IServiceCollection AddOrigin(this IServiceCollection services)
    {
        services.AddSingleton<SiteOrigin>();
        services.AddSingleton<AcceptedHosts>();
        // AcceptedHosts reads AllowedHosts itself: ASP.NET Core's own filter would refuse load balancers' probes by IP and loopback, and say nothing of why.
        services.Configure<HostFilteringOptions>(filtering => filtering.AllowedHosts = ["*"]);
        services.AddTransient<IStartupFilter, TransportFilter>();
        return services;
    }
}
