using Marquee.Content.Articles;
using Marquee.Content.Live;
using Marquee.Distribution.WebSub;
using Marquee.Platform.Caching;
using Marquee.Platform.Http;
using Marquee.Web.Layout;
using Microsoft.Extensions.Options;

namespace Marquee.Distribution.Feeds;

/// <summary>
/// <c>/live/{slug}/atom</c>: a live story's entries, newest first, as Atom (decision 0072). Cached with the story's pages
/// and evicted by the same entry writes, so a deleted entry leaves the feed when it leaves the page.
/// </summary>
public static class LiveFeedEndpoints
{
    public static void MapLiveFeeds(this IEndpointRouteBuilder app) =>
        app.MapGetAndHead(LivePaths.Feed("/live/{slug}"), ServeAsync).WithMetadata(new PublicPageAttribute());

    private static async Task ServeAsync(HttpContext context, string slug, ArticleQueries articles, LiveQueries live, AtomFormat atom, TimeProvider clock)
    {
        var cancellationToken = context.RequestAborted;
        var article = await articles.FindBySlugAsync(slug, cancellationToken);
        if (article is null || article.Kind != ArticleKind.Live || !article.IsPublicAt(clock.GetUtcNow().UtcDateTime))
        {
            var moved = article is null ? await articles.FindRedirectAsync(slug, cancellationToken) : null;
            if (moved is not null && moved.StartsWith(ArticlePaths.LivePrefix, StringComparison.Ordinal))
            {
                context.Response.Redirect(LivePaths.Feed(moved), permanent: true);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var services = context.RequestServices;
        var size = Math.Clamp(services.GetRequiredService<IOptions<FeedOptions>>().Value.Size, 1, 100);
        var entries = await live.NewestAsync(article.Id, size, cancellationToken);
        var siteUrl = services.GetRequiredService<SiteChrome>().Absolute(context.Request, "");
        var storyUrl = siteUrl + article.Path;
        var items = entries.Select(entry => LiveFeedItems.Of(article, entry, siteUrl, clock.GetUtcNow().UtcDateTime)).ToList();
        var feed = new FeedDocument(article.Headline, article.Dek ?? article.Excerpt ?? "", siteUrl, storyUrl, storyUrl, FullContent: true, items, services.GetRequiredService<IOptions<WebSubOptions>>().Value.HubUrl);
        PageCache.Tag(context, ArticleCacheTags.Shown(article.Id, article.Authors.Select(a => a.Id), article.Tags.Select(t => t.Id))
            .Append(LiveCacheTags.Story(article.Id))
            .Concat(entries.Where(e => e.Photo is not null).Select(e => CacheTags.Photo(e.Photo!.Id))));

        using var body = new MemoryStream();
        atom.Write(feed, body);
        context.Response.ContentType = atom.MediaType;
        await context.Response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken);
    }
}
