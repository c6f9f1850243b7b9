namespace Marquee.Platform.Http;

/// <summary>
/// Every endpoint that answers GET answers HEAD the same way (RFC 9110 §9.3.2): CDNs, monitors, feed
/// validators and link checkers send HEAD. Map GET routes here, never with MapGet.
/// </summary>
public static class GetAndHeadRoutes
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointConventionBuilder MapGetAndHead(this IEndpointRouteBuilder routes, string pattern, RequestDelegate handler) =>
        routes.MapMethods(pattern, Methods, handler);

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, Methods, handler);
}
