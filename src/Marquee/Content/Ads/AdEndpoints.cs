using Marquee.Platform.Http;

namespace Marquee.Content.Ads;

/// <summary>GET /ads/slots.css: the reserved heights, from configuration (the CSP allows no inline style); versioned by the page's link.</summary>
public static class AdEndpoints
{
    public static void MapAds(this IEndpointRouteBuilder app) =>
        app.MapGetAndHead("/ads/slots.css", (HttpContext context, AdSlots slots) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return TypedResults.Text(slots.Stylesheet, "text/css");
        });
}
