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
        MapFormats(app.MapGroup(""), SiteFeedAsync<RssFormat>, SiteFeedAsync<AtomFormat>, SiteFeedAsync<JsonFeedFormat>);
        MapFormats(app.MapGroup("/tag/{slug}"), TagFeedAsync<RssFormat>, TagFeedAsync<AtomFormat>, TagFeedAsync<JsonFeedFormat>);
        MapFormats(app.MapGroup("/section/{slug}"), SectionFeedAsync<RssFormat>, SectionFeedAsync<AtomFormat>, SectionFeedAsync<JsonFeedFormat>);
        MapFormats(app.MapGroup("/author/{slug}"), AuthorFeedAsync<RssFormat>, AuthorFeedAsync<AtomFormat>, AuthorFeedAsync<JsonFeedFormat>);
    }

    /// <summary>A scope's three feeds; each segment is its format's <see cref="IFeedFormat.Segment"/>.</summary>
    private static void MapFormats(RouteGroupBuilder feeds, Delegate rss, Delegate atom, Delegate json)
    {
        feeds.WithMetadata(new PublicPageAttribute());
        feeds.MapGetAndHead("/rss", rss);
        feeds.MapGetAndHead("/atom", atom);
        feeds.MapGetAndHead("/feed.json", json);
    }

    private static Task SiteFeedAsync<TFormat>(HttpContext context, TFormat format, FeedScopes scopes)
        where TFormat : IFeedFormat =>
        ServeAsync(context, format, (scopes.Site(), null));

    private static async Task TagFeedAsync<TFormat>(HttpContext context, string slug, TFormat format, FeedScopes scopes)
        where TFormat : IFeedFormat =>
        await ServeAsync(context, format, await scopes.TagAsync(slug, section: false, context.RequestAborted));

    private static async Task SectionFeedAsync<TFormat>(HttpContext context, string slug, TFormat format, FeedScopes scopes)
        where TFormat : IFeedFormat =>
        await ServeAsync(context, format, await scopes.TagAsync(slug, section: true, context.RequestAborted));

    private static async Task AuthorFeedAsync<TFormat>(HttpContext context, string slug, TFormat format, FeedScopes scopes)
        where TFormat : IFeedFormat =>
        await ServeAsync(context, format, await scopes.AuthorAsync(slug, context.RequestAborted));

    private static async Task ServeAsync(HttpContext context, IFeedFormat format, (FeedScope? Scope, string? Redirect) found)
    {
        var (scope, redirect) = found;
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

        var services = context.RequestServices;
        var cancellationToken = context.RequestAborted;
        var options = services.GetRequiredService<IOptions<FeedOptions>>().Value;
        var chrome = services.GetRequiredService<SiteChrome>();
        var siteUrl = chrome.Absolute(context.Request, "");
        var items = await services.GetRequiredService<FeedQueries>().LatestAsync(scope.Filter, Math.Clamp(options.Size, 1, 100), siteUrl, cancellationToken);
        var feed = new FeedDocument(scope.Title, scope.Description, siteUrl, siteUrl + scope.PagePath, siteUrl + scope.FeedPath, options.FullContent, items, services.GetRequiredService<IOptions<WebSubOptions>>().Value.HubUrl);
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
