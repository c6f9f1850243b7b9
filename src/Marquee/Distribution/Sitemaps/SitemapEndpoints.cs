using Marquee.Content;
using Marquee.Content.Live;
using Marquee.Platform.Caching;
using Marquee.Platform.Http;
using Marquee.Web.Layout;
using Microsoft.Extensions.Options;

namespace Marquee.Distribution.Sitemaps;

/// <summary>
/// The sitemap index, the article sitemaps by month, the tag, author and Google News sitemaps, and
/// robots.txt pointing at them. Output-cached like pages: every change to a public article touches
/// <see cref="CacheTags.Home"/>, which they all carry.
/// </summary>
public static class SitemapEndpoints
{
    public const string IndexPath = "/sitemap.xml";
    public const string TagsPath = "/sitemap-tags.xml";
    public const string AuthorsPath = "/sitemap-authors.xml";
    public const string NewsPath = "/sitemap-news.xml";
    public const string GalleriesPath = "/sitemap-galleries.xml";

    /// <summary>Google News reads stories of the last two days, at most 1,000 per sitemap.</summary>
    private static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);
    private const int NewsLimit = 1000;

    public static void MapSitemaps(this IEndpointRouteBuilder app)
    {
        Map(app, IndexPath, ServeIndexAsync);
        Map(app, "/sitemap-articles-{period}.xml", ServeArticlesAsync);
        Map(app, TagsPath, ServeTagsAsync);
        Map(app, AuthorsPath, ServeAuthorsAsync);
        Map(app, NewsPath, ServeNewsAsync);
        Map(app, GalleriesPath, ServeGalleriesAsync);
        app.MapGetAndHead("/robots.txt", ServeRobots).WithMetadata(new PublicPageAttribute());
    }

    private static void Map(IEndpointRouteBuilder app, string pattern, RequestDelegate serve) =>
        app.MapGetAndHead(pattern, serve).WithMetadata(new PublicPageAttribute());

    private static async Task ServeIndexAsync(HttpContext context)
    {
        var months = await Queries(context).MonthsAsync(context.RequestAborted);
        var perFile = PerFile(context);
        var latest = months.Count == 0 ? (DateTime?)null : months.Max(m => m.LastModified);
        var files = months
            .SelectMany(m => m.Files(perFile).Select(f => new SitemapEntry(f.Path, m.LastModified)))
            .Concat([new SitemapEntry(TagsPath, latest), new SitemapEntry(AuthorsPath, latest), new SitemapEntry(NewsPath, latest), new SitemapEntry(GalleriesPath, latest)]);
        PageCache.Tag(context, CacheTags.Home);
        using var body = new MemoryStream();
        SitemapIndexFormat.Write(SiteUrl(context), files, body);
        await SendAsync(context, body, SitemapXml.MediaType);
    }

    private static async Task ServeArticlesAsync(HttpContext context)
    {
        if (ArticleSitemapName.Parse(context.GetRouteValue("period") as string ?? "") is not { } file)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var body = new MemoryStream();
        if (await WriteUrlSetAsync(context, Queries(context).ArticlesAsync(file, PerFile(context), context.RequestAborted), body) == 0)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        PageCache.Tag(context, CacheTags.Home);
        await SendAsync(context, body, SitemapXml.MediaType);
    }

    private static async Task ServeTagsAsync(HttpContext context)
    {
        var tags = WithinProtocolMaximum(context, await Queries(context).TagsAsync(SitemapOptions.ProtocolMaximum + 1, context.RequestAborted));
        PageCache.Tag(context, tags.Select(t => CacheTags.Tag(t.Tag.Id)).Append(CacheTags.Home));
        await SendUrlSetAsync(context, tags.Select(t => new SitemapEntry(t.Tag.Path, t.LastModified)));
    }

    private static async Task ServeAuthorsAsync(HttpContext context)
    {
        var authors = WithinProtocolMaximum(context, await Queries(context).AuthorsAsync(SitemapOptions.ProtocolMaximum + 1, context.RequestAborted));
        PageCache.Tag(context, authors.Select(a => CacheTags.Author(a.Author.Id)).Append(CacheTags.Home));
        await SendUrlSetAsync(context, authors.Select(a => new SitemapEntry(TaxonomyPaths.Author(a.Author.Slug), a.LastModified)));
    }

    private static async Task ServeNewsAsync(HttpContext context)
    {
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var stories = await Queries(context).NewsAsync(now - NewsWindow, NewsLimit, context.RequestAborted);
        // Coverage starting or ending touches "live-now" only: it is what adds a live story to this sitemap or takes it out.
        PageCache.Tag(context, CacheTags.Home, LiveCacheTags.LiveNow);
        using var body = new MemoryStream();
        NewsSitemapFormat.Write(SiteUrl(context), context.RequestServices.GetRequiredService<SiteChrome>().Site.Name, stories, body);
        await SendAsync(context, body, SitemapXml.MediaType);
    }

    /// <summary>Every public gallery with its photos: tagged with each photo too, so a new credit or an expired licence reaches it.</summary>
    private static async Task ServeGalleriesAsync(HttpContext context)
    {
        var (entries, photoIds) = await Queries(context).GalleriesAsync(SitemapOptions.ProtocolMaximum, context.RequestAborted);
        PageCache.Tag(context, photoIds.Select(CacheTags.Photo).Append(CacheTags.Home));
        await SendUrlSetAsync(context, entries);
    }

    /// <summary>Everything public may be crawled; the newsroom and the APIs are not pages for search engines.</summary>
    private static Task ServeRobots(HttpContext context)
    {
        var site = SiteUrl(context);
        var text = $"User-agent: *\nAllow: /\nDisallow: /newsroom\nDisallow: /api/\n\nSitemap: {site}{IndexPath}\nSitemap: {site}{NewsPath}\n";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    private static async Task SendUrlSetAsync(HttpContext context, IEnumerable<SitemapEntry> entries)
    {
        using var body = new MemoryStream();
        await WriteUrlSetAsync(context, entries.ToAsyncEnumerable(), body);
        await SendAsync(context, body, SitemapXml.MediaType);
    }

    /// <summary>One file holds at most 50,000 URLs; past that (not split yet: no newsroom has come near) the rest is left out and logged.</summary>
    private static IReadOnlyList<T> WithinProtocolMaximum<T>(HttpContext context, IReadOnlyList<T> rows)
    {
        if (rows.Count <= SitemapOptions.ProtocolMaximum)
        {
            return rows;
        }

        Logger(context).LogWarning("{Path} lists only the first {Count} entries the sitemap protocol allows", context.Request.Path, SitemapOptions.ProtocolMaximum);
        return rows.Take(SitemapOptions.ProtocolMaximum).ToList();
    }

    /// <summary>Writes a urlset and says so in the log when the 50 MB limit left URLs out, so no URL goes missing unnoticed.</summary>
    private static async Task<int> WriteUrlSetAsync(HttpContext context, IAsyncEnumerable<SitemapEntry> entries, MemoryStream body)
    {
        var (written, cut) = await UrlSetFormat.WriteAsync(SiteUrl(context), entries, body, context.RequestAborted);
        if (cut)
        {
            Logger(context).LogWarning("{Path} reached the 50 MB sitemap limit after {Count} URLs; lower Marquee:Sitemaps:UrlsPerFile", context.Request.Path, written);
        }

        return written;
    }

    private static async Task SendAsync(HttpContext context, MemoryStream body, string mediaType)
    {
        context.Response.ContentType = mediaType;
        await context.Response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), context.RequestAborted);
    }

    private static ILogger Logger(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SitemapEndpoints));

    private static SitemapQueries Queries(HttpContext context) => context.RequestServices.GetRequiredService<SitemapQueries>();

    private static int PerFile(HttpContext context) =>
        Math.Clamp(context.RequestServices.GetRequiredService<IOptions<SitemapOptions>>().Value.UrlsPerFile, 1, SitemapOptions.ProtocolMaximum);

    private static string SiteUrl(HttpContext context) => context.RequestServices.GetRequiredService<SiteChrome>().Absolute(context.Request, "");
}
