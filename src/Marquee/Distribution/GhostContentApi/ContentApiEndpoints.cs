using System.Text.Json.Nodes;
using Marquee.Distribution.GhostContentApi.Keys;
using Marquee.Distribution.GhostContentApi.Resources;
using Marquee.Platform.Caching;
using Marquee.Platform.Http;
using Marquee.Web.Layout;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marquee.Distribution.GhostContentApi;

/// <summary>What one Content API route answers for a checked request.</summary>
public delegate Task<JsonObject> ContentApiAnswer(ContentApiRequest request, CancellationToken cancellationToken);

/// <summary>
/// /ghost/api/content/: Ghost's Content API, so Ghost front ends and its official client read Marquee
/// unchanged. Every request needs a content key; answers are output-cached per query and evicted by any content change.
/// </summary>
public static class ContentApiEndpoints
{
    public const string Root = "/ghost/api/content";

    public static void MapContentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Root).WithMetadata(new PublicPageAttribute { VaryByQuery = ["*"], LookupGate = typeof(ContentApiKeyGate) });
        MapResource<PostsResource>(api, "/posts");
        MapResource<PagesResource>(api, "/pages");
        MapResource<TagsResource>(api, "/tags");
        MapResource<AuthorsResource>(api, "/authors");
        api.MapGetAndHead("/settings", SettingsAsync);
        api.MapGetAndHead("/tiers", (Delegate)TiersAsync);
        api.MapGetAndHead("/newsletters", (Delegate)NewslettersAsync);
        api.MapGetAndHead("/{**path}", (Delegate)NotFoundAsync); // as a Delegate, so its result is written: a RequestDelegate's is dropped
        api.MapMethods("/{**path}", [HttpMethods.Options], AnswerPreflight);
    }

    /// <summary>A collection's browse (/posts/), and its reads by id (/posts/{id}/) and by slug (/posts/slug/{slug}/).</summary>
    private static void MapResource<TResource>(RouteGroupBuilder api, string collection)
        where TResource : IGhostResource
    {
        api.MapGetAndHead(collection, BrowseAsync<TResource>);
        var item = api.MapGroup(collection);
        item.MapGetAndHead("/{id}", ReadAsync<TResource>);
        item.MapGetAndHead("/slug/{slug}", ReadAsync<TResource>);
    }

    private static Task<ContentHttpResult> BrowseAsync<TResource>(HttpContext context, TResource resource)
        where TResource : IGhostResource =>
        AnswerAsync(context, resource.Name, resource.BrowseAsync);

    private static Task<ContentHttpResult> ReadAsync<TResource>(HttpContext context, TResource resource)
        where TResource : IGhostResource =>
        AnswerAsync(context, resource.Name, resource.ReadAsync);

    private static Task<ContentHttpResult> SettingsAsync(HttpContext context, SiteSettings settings) =>
        AnswerAsync(context, "settings", settings.ReadAsync);

    private static Task<ContentHttpResult> TiersAsync(HttpContext context) => AnswerAsync(context, "tiers", Memberships.TiersAsync);

    private static Task<ContentHttpResult> NewslettersAsync(HttpContext context) => AnswerAsync(context, "newsletters", Memberships.NewslettersAsync);

    /// <summary>Any other path: checked for a key first, as Ghost does, then 404.</summary>
    private static Task<ContentHttpResult> NotFoundAsync(HttpContext context) =>
        AnswerAsync(context, "resource", (_, _) => throw GhostApiException.NotFound("Resource not found"));

    private static async Task<ContentHttpResult> AnswerAsync(HttpContext context, string resource, ContentApiAnswer answer)
    {
        AllowAnyOrigin(context.Response);
        PageCache.Tag(context, [CacheTags.AnyContent]);
        try
        {
            await CheckKeyAsync(context);
            var siteUrl = context.RequestServices.GetRequiredService<SiteChrome>().Absolute(context.Request, "");
            var request = ContentApiRequest.From(context.Request, resource, siteUrl);
            var body = await answer(request, context.RequestAborted);
            return GhostJson.Answer(KeepFields(body, resource, request.Fields));
        }
        catch (GhostApiException error)
        {
            return GhostJson.Error(error);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A front end parses errors as JSON; an HTML error page would break it twice.
            context.RequestServices.GetRequiredService<ILogger<ContentApiRequest>>().LogError(error, "Content API request {Path} failed", context.Request.Path);
            return GhostJson.Error(new GhostApiException(StatusCodes.Status500InternalServerError, "InternalServerError", "An unexpected error occurred, please try again."));
        }
    }

    /// <summary>Ghost's answers: no key is 403, several keys 400, a key it does not know 401.</summary>
    private static async Task CheckKeyAsync(HttpContext context)
    {
        var keys = context.Request.Query["key"];
        if (keys.Count == 0 || string.IsNullOrEmpty(keys[0]))
        {
            throw new GhostApiException(StatusCodes.Status403Forbidden, "NoPermissionError", "Authorization failed",
                "Unable to determine the authenticated member or integration. Check the supplied API Key and ensure cookies are being passed through if member auth is failing.");
        }

        if (keys.Count > 1)
        {
            throw GhostApiException.BadRequest("Invalid request", "Multiple content api keys provided.");
        }

        if (!await context.RequestServices.GetRequiredService<ContentApiKeyCheck>().IsValidAsync(context, keys[0]!))
        {
            throw new GhostApiException(StatusCodes.Status401Unauthorized, "UnauthorizedError", "Unknown Content API Key", code: "UNKNOWN_CONTENT_API_KEY");
        }
    }

    /// <summary>`fields=title,url`: each item keeps only those properties, as Ghost trims them.</summary>
    private static JsonObject KeepFields(JsonObject body, string resource, IReadOnlySet<string> fields)
    {
        if (fields.Count == 0 || body[resource] is not JsonArray items)
        {
            return body;
        }

        foreach (var item in items.OfType<JsonObject>())
        {
            foreach (var name in item.Select(p => p.Key).Where(k => !fields.Contains(k)).ToList())
            {
                item.Remove(name);
            }
        }

        return body;
    }

    /// <summary>Browsers ask before sending Ghost's client's Accept-Version header from another origin.</summary>
    private static NoContent AnswerPreflight(HttpContext context)
    {
        AllowAnyOrigin(context.Response);
        context.Response.Headers.AccessControlAllowMethods = "GET, OPTIONS";
        context.Response.Headers.AccessControlAllowHeaders = "Accept-Version, Content-Type, Authorization";
        context.Response.Headers.AccessControlMaxAge = "86400";
        return TypedResults.NoContent();
    }

    /// <summary>Content API answers are public and read from any site, as Ghost's are.</summary>
    private static void AllowAnyOrigin(HttpResponse response) => response.Headers.AccessControlAllowOrigin = "*";
}
