using Marquee.Distribution.AppleNews;
using Marquee.Distribution.ContentApi;
using Marquee.Distribution.ContentApi.Keys;
using Marquee.Distribution.ContentApi.Resources;
using Marquee.Distribution.Feeds;
using Marquee.Distribution.StructuredData;
using Marquee.Web.Layout;

namespace Marquee.Distribution;

/// <summary>Where stories travel beyond the site: feeds, structured data and social cards, Apple News, the Ghost-compatible Content API; sitemaps to come.</summary>
public static class DistributionDesk
{
    public static IServiceCollection AddDistribution(this IServiceCollection services) =>
        services
            .AddScoped<FeedQueries>()
            .AddScoped<FeedScopes>()
            .AddSingleton<IFeedFormat, RssFormat>()
            .AddSingleton<IFeedFormat, AtomFormat>()
            .AddSingleton<IFeedFormat, JsonFeedFormat>()
            .AddSingleton<IAlternateLinks, FeedDiscovery>()
            .AddSingleton<ISocialCards, SocialCards>()
            .AddSingleton<IStructuredData, JsonLdScripts>()
            .AddSingleton<IJsonLdNode, OrganizationNode>()
            .AddSingleton<IJsonLdNode, WebSiteNode>()
            .AddSingleton<IJsonLdNode, NewsArticleNode>()
            .AddSingleton<IJsonLdNode, BreadcrumbListNode>()
            .AddScoped<AppleNewsQueries>()
            .AddScoped<ContentApiKeys>()
            .AddScoped<SiteSettings>()
            .AddKeyedScoped<IGhostResource, PostsResource>("posts")
            .AddKeyedScoped<IGhostResource, PagesResource>("pages")
            .AddKeyedScoped<IGhostResource, TagsResource>("tags")
            .AddKeyedScoped<IGhostResource, AuthorsResource>("authors");

    public static WebApplication MapDistribution(this WebApplication app)
    {
        app.MapFeeds();
        app.MapContentApi();
        app.MapAppleNews();
        return app;
    }
}
