using Marquee.Content.Ads;
using Marquee.Platform.Http;
using Microsoft.Extensions.Options;

namespace Marquee.Web.Consent;

/// <summary>
/// GET /api/consent/tags: the tag URLs /js/consent.js loads once a reader's decision allows them. They live here rather
/// than in the page, so no page names a third-party tag before a decision and every page stays the same for everyone.
/// </summary>
public static class ConsentEndpoints
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public static void MapConsent(this IEndpointRouteBuilder app) =>
        app.MapGetAndHead("/api/consent/tags", (HttpContext context, IOptions<ConsentOptions> consent, IOptions<AdOptions> ads) =>
        {
            context.Response.Headers.CacheControl = $"public, max-age={(int)Lifetime.TotalSeconds}";
            return TypedResults.Ok(ConsentTags.From(consent.Value, ads.Value));
        });
}
