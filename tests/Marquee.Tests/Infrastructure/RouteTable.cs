using Microsoft.AspNetCore.Routing;

namespace Marquee.Tests.Infrastructure;

/// <summary>The route patterns a running server answers, as absolute paths.</summary>
public static class RouteTable
{
    public static IReadOnlyList<string> Of(MarqueeServer server) =>
        server.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText?.TrimStart('/'))
            .Distinct()
            .Order()
            .ToList();
}
