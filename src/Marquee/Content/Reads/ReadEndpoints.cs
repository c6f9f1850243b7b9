using Microsoft.AspNetCore.Http.HttpResults;

namespace Marquee.Content.Reads;

/// <summary>
/// POST /reads/{id}: the beacon an article page's script sends once it is shown (decision 0075). Counted in memory unless
/// the agent is a bot or the address has read too much this minute; every answer is the same empty 204, kept by no cache.
/// </summary>
public static class ReadEndpoints
{
    public static void MapReads(this IEndpointRouteBuilder app) =>
        app.MapPost("/reads/{id:long}", Count).DisableAntiforgery();

    private static NoContent Count(long id, HttpContext context, ReadCounter counter, ReadLimit limit)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!BotAgents.Is(context.Request.Headers.UserAgent) && limit.Allows(context))
        {
            counter.Count(id);
        }

        return TypedResults.NoContent();
    }
}
