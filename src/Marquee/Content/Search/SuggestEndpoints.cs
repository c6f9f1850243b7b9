using Marquee.Content.Authors;
using Marquee.Content.Tags;
using Marquee.Platform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Search;

/// <summary>
/// GET /search/suggest?q=: JSON for the masthead's search box, at most <see cref="Each"/> of each kind. Kept for a few
/// seconds by the page cache and by browsers and CDNs, so a whole newsroom of readers typing the same name asks once.
/// </summary>
public static class SuggestEndpoints
{
    public const int Each = 4;

    /// <summary>Short enough that a story published now is suggested within it; long enough that a popular prefix is one query.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public static void MapSuggest(this IEndpointRouteBuilder app) =>
        app.MapGetAndHead("/search/suggest", SuggestAsync)
            .CacheOutput(policy => policy.Expire(Lifetime).SetVaryByQuery("q"));

    private static async Task<Results<Ok<Suggestions>, BadRequest<string>>> SuggestAsync(
        HttpContext context, TagQueries tags, AuthorQueries authors, ArticleSearch search, IOptions<SearchOptions> options, CancellationToken cancellationToken)
    {
        var text = context.Request.Query["q"].FirstOrDefault()?.Trim() ?? "";
        if (text.Length > options.Value.MaxQueryLength)
        {
            return TypedResults.BadRequest($"q is {text.Length} characters long; the most is {options.Value.MaxQueryLength}.");
        }

        context.Response.Headers.CacheControl = $"public, max-age={(int)Lifetime.TotalSeconds}";
        if (text.Length < SearchQuery.ShortestPrefix)
        {
            return TypedResults.Ok(new Suggestions([], [], []));
        }

        var namedTags = (await tags.SearchAsync(text, Each * 2, cancellationToken)).Where(t => ReaderTags.Shows(t.Kind)).ToList();
        var people = namedTags.Where(t => t.Kind == TagKind.Person).Select(t => new SuggestedLink(t.Name, t.Path))
            .Concat((await authors.SearchAsync(text, Each, cancellationToken)).Select(a => new SuggestedLink(a.Name, TaxonomyPaths.Author(a.Slug))));
        var otherTags = namedTags.Where(t => t.Kind != TagKind.Person).Select(t => new SuggestedLink(t.Name, t.Path));
        var headlines = await search.HeadlinesAsync(SearchQuery.Parse(text), Each, cancellationToken);
        return TypedResults.Ok(new Suggestions([.. people.Take(Each)], [.. otherTags.Take(Each)], headlines));
    }
}
