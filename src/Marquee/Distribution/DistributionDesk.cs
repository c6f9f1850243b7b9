using Marquee.Distribution.Feeds;
using Marquee.Web.Layout;

namespace Marquee.Distribution;

/// <summary>Where stories travel beyond the site: feeds now; sitemaps, structured data, Apple News and the Content API to come.</summary>
public static class DistributionDesk
{
    public static IServiceCollection AddDistribution(this IServiceCollection services) =>
        services
            .AddScoped<FeedQueries>()
            .AddScoped<FeedScopes>()
            .AddSingleton<IFeedFormat, RssFormat>()
            .AddSingleton<IFeedFormat, AtomFormat>()
            .AddSingleton<IFeedFormat, JsonFeedFormat>()
            .AddSingleton<IAlternateLinks, FeedDiscovery>();

    public static WebApplication MapDistribution(this WebApplication app)
    {
        app.MapFeeds();
        return app;
    }
}
