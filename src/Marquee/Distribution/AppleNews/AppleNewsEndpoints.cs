using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Platform.Caching;
using Marquee.Platform.Http;
using Marquee.Web.Layout;

namespace Marquee.Distribution.AppleNews;

/// <summary>
/// /api/apple-news/{slug}: the ANF article.json of a published story in the Apple News channel; /api/apple-news/changes:
/// what changed in the channel since a time, for the job that pushes to Apple's News API. Both are output-cached
/// like pages: the article until it, its bylines or its tags change, the change list until any content changes.
/// </summary>
public static partial class AppleNewsEndpoints
{
    public const string Root = "/api/apple-news";

    /// <summary>Changes per answer; a longer backlog continues at <c>next</c>.</summary>
    public const int PageSize = 500;

    /// <summary>ANF omits what an article lacks rather than writing nulls.</summary>
    private static readonly JsonSerializerOptions Anf = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void MapAppleNews(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Root);
        api.MapGetAndHead("/changes", ChangesAsync).WithMetadata(new PublicPageAttribute { VaryByQuery = ["since", "after"] });
        api.MapGetAndHead("/{slug}", ArticleAsync).WithMetadata(new PublicPageAttribute { VaryByQuery = [] });
    }

    private static async Task<IResult> ArticleAsync(string slug, HttpContext context, AppleNewsQueries queries, GalleryQueries galleries, SiteChrome chrome, CancellationToken cancellationToken)
    {
        var urls = chrome.UrlsFor(context.Request);
        var article = await queries.FindAsync(slug, urls.Origin, cancellationToken);
        if (article is null)
        {
            return TypedResults.NotFound(new { error = $"no published article '{slug}' in the Apple News channel" });
        }

        var photos = article.Kind == ArticleKind.Gallery ? await galleries.PhotosAsync(article.Id, cancellationToken) : [];
        PageCache.Tag(context, ArticleCacheTags.Shown(article.Id, article.Authors.Select(a => a.Id), article.Tags.Select(t => t.Id))
            .Concat(photos.Select(p => CacheTags.Photo(p.Photo.Id)))
            .Concat(article.BodyCacheTags));
        return TypedResults.Json(AnfArticle.From(article, photos, urls), Anf);
    }

    private static async Task<IResult> ChangesAsync(HttpContext context, AppleNewsQueries queries, SiteChrome chrome, string? since, string? after, CancellationToken cancellationToken)
    {
        if (!TryParseInstant(since, out var from))
        {
            return TypedResults.BadRequest(new { error = "'since' must be an ISO-8601 date or time, e.g. 2024-05-01T12:00:00Z" });
        }

        // Without a cursor id, changes at exactly 'since' were already seen.
        var afterId = long.MaxValue;
        if (after is not null && !long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterId))
        {
            return TypedResults.BadRequest(new { error = "'after' must be an article id from a 'next' link" });
        }

        PageCache.Tag(context, CacheTags.AnyContent);
        var urls = chrome.UrlsFor(context.Request);
        var found = await queries.ChangedAfterAsync(from, afterId, PageSize + 1, cancellationToken);
        var changes = found.Take(PageSize).ToList();
        var next = found.Count > PageSize ? urls.Absolute($"{Root}/changes?since={Uri.EscapeDataString(Instant(changes[^1].UpdatedAt))}&after={changes[^1].Id}") : null;
        return TypedResults.Json(
            new
            {
                since = Instant(from),
                changes = changes.Select(change => new
                {
                    id = change.Id.ToString(CultureInfo.InvariantCulture),
                    slug = change.Slug,
                    title = change.Headline,
                    action = change.ActionSince(from),
                    modified = Instant(change.UpdatedAt),
                    article = urls.Absolute($"{Root}/{change.Slug}"),
                }),
                next,
            });
    }

    /// <summary>Full precision, so a client can pass the last <c>modified</c> back as <c>since</c> without seeing it again.</summary>
    private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static bool TryParseInstant(string? value, out DateTime utc)
    {
        utc = default;
        if (value is null || !IsoInstant().IsMatch(value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        utc = parsed.UtcDateTime;
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoInstant();
}
