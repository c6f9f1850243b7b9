using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marquee.Tests.Infrastructure;

/// <summary>The route patterns a running server answers, as absolute paths.</summary>
public static class RouteTable
{
    public static IReadOnlyList<string> Of(MarqueeServer server) => Patterns(Endpoints(server));

    /// <summary>Those answering GET: Razor Pages (which take any method) and endpoints mapped for GET.</summary>
    public static IReadOnlyList<string> AnsweringGet(MarqueeServer server) =>
        Patterns(Endpoints(server).Where(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get)));

    private static IEnumerable<RouteEndpoint> Endpoints(MarqueeServer server) =>
        server.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>();

    private static List<string> Patterns(IEnumerable<RouteEndpoint> endpoints) =>
        endpoints.Select(endpoint => "/" + endpoint.RoutePattern.RawText?.TrimStart('/')).Distinct().Order().ToList();
}
