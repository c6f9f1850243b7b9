using Marquee.Distribution.AppleNews;
using Marquee.Distribution.GhostContentApi;
using Marquee.Distribution.GhostContentApi.Keys;
using Marquee.Distribution.GhostContentApi.Resources;
using Marquee.Distribution.Feeds;
using Marquee.Distribution.Sitemaps;
using Marquee.Distribution.WebSub;
using Marquee.Platform;
using Marquee.Platform.Caching;
using Marquee.Distribution.StructuredData;
using Marquee.Web.Layout;

namespace Marquee.Distribution;

/// <summary>Where stories travel beyond the site: feeds, sitemaps, WebSub pings, structured data and social cards, Apple News, the Ghost-compatible Content API.</summary>
public static class DistributionDesk
{
    /// <summary>A hub that does not answer within this is logged and given up on; the next change pings again.</summary>
    private static readonly TimeSpan HubTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddDistribution(this IServiceCollection services)
    {
        services.BindOptions<FeedOptions>(FeedOptions.Section);
        services.BindOptions<SitemapOptions>(SitemapOptions.Section);
        services.BindOptions<WebSubOptions>(WebSubOptions.Section);
        services.BindOptions<AppleNewsOptions>(AppleNewsOptions.Section);
        services.AddHttpClient(WebSubPublisher.ClientName, client => client.Timeout = HubTimeout);
        return services
            .AddScoped<FeedQueries>()
            .AddScoped<FeedScopes>()
            .AddScoped<SitemapQueries>()
            .AddScoped<WebSubTopics>()
            .AddSingleton<WebSubQueue>()
            .AddSingleton<ICommittedChangeObserver>(services => services.GetRequiredService<WebSubQueue>())
            .AddHostedService<WebSubPublisher>()
            .AddFeedFormat<RssFormat>()
            .AddFeedFormat<AtomFormat>()
            .AddFeedFormat<JsonFeedFormat>()
            .AddSingleton<IAlternateLinks, FeedDiscovery>()
            .AddSingleton<IAlternateLinks, LiveFeedDiscovery>()
            .AddSingleton<ISocialCards, SocialCards>()
            .AddSingleton<IStructuredData, JsonLdScripts>()
            .AddSingleton<IJsonLdNode, OrganizationNode>()
            .AddSingleton<IJsonLdNode, WebSiteNode>()
            .AddSingleton<IJsonLdNode, NewsArticleNode>()
            .AddSingleton<IJsonLdNode, ImageGalleryNode>()
            .AddSingleton<IJsonLdNode, LiveBlogPostingNode>()
            .AddSingleton<IJsonLdNode, BreadcrumbListNode>()
            .AddScoped<AppleNewsQueries>()
            .AddScoped<ContentApiKeys>()
            .AddSingleton<ContentApiKeyCheck>()
            .AddSingleton<ContentApiKeyGate>()
            .AddScoped<SiteSettings>()
            .AddScoped<GhostLiveStories>()
            .AddScoped<PostsResource>()
            .AddScoped<PagesResource>()
            .AddScoped<TagsResource>()
            .AddScoped<AuthorsResource>();
    }

    /// <summary>As itself for its feed routes, and as one of all formats (in this order) for discovery links and WebSub.</summary>
    private static IServiceCollection AddFeedFormat<TFormat>(this IServiceCollection services)
        where TFormat : class, IFeedFormat =>
        services.AddSingleton<TFormat>().AddSingleton<IFeedFormat>(provider => provider.GetRequiredService<TFormat>());

    public static WebApplication MapDistribution(this WebApplication app)
    {
        app.MapFeeds();
        app.MapLiveFeeds();
        app.MapSitemaps();
        app.MapContentApi();
        app.MapAppleNews();
        return app;
    }
}
