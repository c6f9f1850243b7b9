using Marquee.Distribution.Feeds;
using Marquee.Distribution.Sitemaps;
using Marquee.Web.Layout;

namespace Marquee.Distribution;

/// <summary>Where stories travel beyond the site: feeds and sitemaps now; structured data, Apple News and the Content API to come.</summary>
public static class DistributionDesk
{
    public static IServiceCollection AddDistribution(this IServiceCollection services) =>
        services
            .AddScoped<FeedQueries>()
            .AddScoped<FeedScopes>()
            .AddScoped<SitemapQueries>()
            .AddSingleton<IFeedFormat, RssFormat>()
            .AddSingleton<IFeedFormat, AtomFormat>()
            .AddSingleton<IFeedFormat, JsonFeedFormat>()
            .AddSingleton<IAlternateLinks, FeedDiscovery>();

    public static WebApplication MapDistribution(this WebApplication app)
    {
        app.MapFeeds();
        app.MapSitemaps();
        return app;
    }
}
