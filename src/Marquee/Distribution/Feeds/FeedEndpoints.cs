using Marquee.Content.Articles;
using Marquee.Distribution.WebSub;
using Marquee.Platform.Caching;
using Marquee.Platform.Http;
using Marquee.Web.Layout;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marquee.Distribution.Feeds;

/// <summary>
/// /rss, /atom and /feed.json for the site and under every tag, section and author. Output-cached like
/// pages and evicted by the same tags; Last-Modified and ETag answer conditional requests with 304.
/// </summary>
public static class FeedEndpoints
{
    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        foreach (var format in app.ServiceProvider.GetServices<IFeedFormat>())
        {
            Map(app, $"/{format.Segment}", format, FeedScopes.Site);
            foreach (var kind in new[] { FeedScopes.Tag, FeedScopes.Section, FeedScopes.Author })
            {
                Map(app, $"/{kind}/{{slug}}/{format.Segment}", format, kind);
            }
        }
    }

    private static void Map(IEndpointRouteBuilder app, string pattern, IFeedFormat format, string kind) =>
        app.MapGetAndHead(pattern, (HttpContext context, string? slug) => ServeAsync(context, format, kind, slug))
            .WithMetadata(new PublicPageAttribute());

    private static async Task ServeAsync(HttpContext context, IFeedFormat format, string kind, string? slug)
    {
        var services = context.RequestServices;
        var cancellationToken = context.RequestAborted;
        var (scope, redirect) = await services.GetRequiredService<FeedScopes>().FindAsync(kind, slug, cancellationToken);
        if (redirect is not null)
        {
            context.Response.Redirect($"{redirect}/{format.Segment}", permanent: true);
            return;
        }

        if (scope is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var options = services.GetRequiredService<IOptions<FeedOptions>>().Value;
        var chrome = services.GetRequiredService<SiteChrome>();
        var siteUrl = chrome.Absolute(context.Request, "");
        var items = await services.GetRequiredService<FeedQueries>().LatestAsync(scope.Filter, Math.Clamp(options.Size, 1, 100), siteUrl, cancellationToken);
        var feedBase = kind == FeedScopes.Site ? siteUrl : siteUrl + scope.PagePath;
        var feed = new FeedDocument(scope.Title, scope.Description, siteUrl, siteUrl + scope.PagePath, feedBase, options.FullContent, items, services.GetRequiredService<IOptions<WebSubOptions>>().Value.HubUrl);
        PageCache.Tag(context, items.SelectMany(ItemTags).Append(scope.CacheTag));

        var lastModified = new DateTimeOffset(feed.Updated.Ticks - (feed.Updated.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        context.Response.GetTypedHeaders().LastModified = lastModified;
        if (context.Request.GetTypedHeaders().IfModifiedSince is { } since && since >= lastModified)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        using var body = new MemoryStream();
        format.Write(feed, body);
        context.Response.ContentType = format.MediaType;
        await context.Response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken);
    }

    private static IEnumerable<string> ItemTags(FeedItem item) =>
        ArticleCacheTags.Shown(item.Id, item.Authors.Select(a => a.Id), item.Tags.Select(t => t.Id))
            .Concat(item.CoverPhotoId is { } photo ? [CacheTags.Photo(photo)] : [])
            .Concat(item.EmbedCacheTags);
}
