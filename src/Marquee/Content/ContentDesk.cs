using Marquee.Content.Ads;
using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.Body;
using Marquee.Content.Galleries;
using Marquee.Content.History;
using Marquee.Content.Home;
using Marquee.Content.Live;
using Marquee.Content.Outbound;
using Marquee.Content.Photos;
using Marquee.Content.Previews;
using Marquee.Content.Reads;
using Marquee.Content.Related;
using Marquee.Content.Search;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;
using Marquee.Media.Photos;
using Marquee.Platform.Caching;

namespace Marquee.Content;

/// <summary>Articles, authors, tags and static pages: their queries, the classes that save them, and their public pages.</summary>
public static class ContentDesk
{
    public static IServiceCollection AddContent(this IServiceCollection services) =>
        services
            .AddScoped<ArticleQueries>()
            .AddScoped<LastChangedQueries>()
            .AddScoped<OutboundArticles>()
            .AddScoped<GalleryQueries>()
            .AddScoped<EmbeddedGalleries>()
            .AddScoped<GalleryRules>()
            .AddScoped<TagQueries>()
            .AddScoped<AuthorQueries>()
            .AddScoped<StaticPageQueries>()
            .AddScoped<ContentTransaction>()
            .AddScoped<LatestRail>()
            .AddScoped<RelatedStories>()
            .AddSingleton<PreviewLinks>()
            .AddEvictionListener<LatestRailSnapshot>()
            .AddEvictionListener<MoreStoriesSnapshots>()
            .AddEvictionListener<RelatedSnapshots>()
            .AddEvictionListener<GalleriesRailSnapshot>()
            .AddHomeRail<GalleriesRailViewComponent>(order: 100)
            .AddHomeRail<LatestNewsViewComponent>(order: 900, everyPage: true)
            .AddScoped<SaveArticle>()
            .AddScoped<OldPermalinks>()
            .AddScoped<EditableArticles>()
            .AddScoped<ArticleRevisions>()
            .AddScoped<RevisionRelinker>()
            .AddScoped<AuditLog>()
            .AddScoped<SaveAuthor>()
            .AddScoped<SaveTag>()
            .AddScoped<SaveStaticPage>()
            .AddHostedService<ScheduledRelease>()
            .AddScoped<ScheduledReleaseRun>()
            .AddHostedService<ScheduledTakedown>()
            .AddScoped<ScheduledTakedownRun>()
            .AddScoped<FeaturePhotos>()
            .AddScoped<InlinePhotoRules>()
            .AddScoped<InlinePhotoQueries>()
            .AddScoped<StoryBodies>()
            .AddScoped<ArticlePhotoCopies>()
            .AddScoped<IPhotoUsages, PhotoUsages>()
            .AddHostedService<PhotoLicenceExpiry>()
            .AddScoped<PhotoLicenceExpiryRun>()
            .AddSearch()
            .AddReads()
            .AddLive()
            .AddAds();

    /// <summary>Imported articles' old paths answer 301 (decision 0086), looked up only for a request no route matched.</summary>
    public static WebApplication UseOldPermalinks(this WebApplication app)
    {
        app.UseMiddleware<OldPermalinkRedirects>();
        return app;
    }

    /// <summary>Content's JSON endpoints; its pages are Razor Pages, mapped with every desk's by Web.</summary>
    public static WebApplication MapContent(this WebApplication app)
    {
        app.MapSuggest();
        app.MapReads();
        app.MapAds();
        return app;
    }
}
