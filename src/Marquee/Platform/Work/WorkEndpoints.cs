using Marquee.Platform.Http;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Work;

/// <summary>A desk maps its own challenge URL beside the form it guards, so the answer carries that form's route headers.</summary>
public static class WorkEndpoints
{
    public static RouteHandlerBuilder MapWorkChallenge(this IEndpointRouteBuilder app, string path, string purpose) =>
        app.MapGetAndHead(path, (HttpContext context, WorkChallenges challenges) =>
        {
            // Each reader solves their own: a cached challenge would be spent once and refused for everyone after.
            context.Response.Headers[HeaderNames.CacheControl] = "no-store";
            return TypedResults.Ok(challenges.Issue(purpose));
        });
}
