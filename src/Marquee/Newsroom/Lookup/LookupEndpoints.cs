using Marquee.Content.Authors;
using Marquee.Content.Tags;
using Marquee.Newsroom.Access;
using Marquee.Platform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;

namespace Marquee.Newsroom.Lookup;

/// <summary>
/// What the editor's pickers ask while a person types: GET ?q= gives at most <see cref="Limit"/> matches by
/// name or slug; ?slugs=a,b gives those entries in that order (the chips a form already has). JSON, for every writer.
/// </summary>
public static class LookupEndpoints
{
    public const int Limit = 10;

    public static void MapLookup(this IEndpointRouteBuilder app)
    {
        // A signed-out request is sent to sign in, as the newsroom's pages are: .NET 10 would answer 401 to an endpoint returning TypedResults.
        var lookup = app.MapGroup("/newsroom/lookup").RequireAuthorization(NewsroomPolicies.Write).AllowCookieRedirect();
        lookup.MapGetAndHead("/tags", TagsAsync);
        lookup.MapGetAndHead("/authors", AuthorsAsync);
    }

    /// <summary>Tags with their kind (so the editor can offer sections as the primary section).</summary>
    private static async Task<Ok<IEnumerable<LookupItem>>> TagsAsync(HttpRequest request, TagQueries tags, CancellationToken cancellationToken) =>
        TypedResults.Ok(Slugs(request) is { } slugs
            ? (await tags.BySlugsAsync(slugs, cancellationToken)).Select(LookupItem.Of)
            : (await tags.SearchAsync(Text(request), Limit, cancellationToken)).Select(LookupItem.Of));

    /// <summary>Bylines for the author picker.</summary>
    private static async Task<Ok<IEnumerable<LookupItem>>> AuthorsAsync(HttpRequest request, AuthorQueries authors, CancellationToken cancellationToken) =>
        TypedResults.Ok(Slugs(request) is { } slugs
            ? (await authors.BySlugsAsync(slugs, cancellationToken)).Select(LookupItem.OfAuthor)
            : (await authors.SearchAsync(Text(request), Limit, cancellationToken)).Select(LookupItem.OfAuthor));

    private static string Text(HttpRequest request) => Single(request.Query["q"]) ?? "";

    /// <summary>More slugs than any byline or tag list has are not looked up.</summary>
    private const int MaxSlugs = 100;

    private static List<string>? Slugs(HttpRequest request) =>
        Single(request.Query["slugs"])?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxSlugs).ToList();

    /// <summary>A parameter as the Razor Pages these replaced bound it: the first value, and a blank one as none.</summary>
    private static string? Single(StringValues values) => string.IsNullOrWhiteSpace(values.FirstOrDefault()) ? null : values[0];
}
