using Marquee.Content;
using Marquee.Content.Authors;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;
using Marquee.Import;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Demo;

/// <summary>
/// Loads the demo site: taxonomy and bylines, the articles in Demo/Content/articles (crawl records,
/// the seed page among them) through the ordinary importer, and the static pages. Safe to run twice.
/// </summary>
public sealed class DemoLoader(ImportRunner importer, ContentTransaction transaction, IServiceScopeFactory scopes)
{
    public static string ContentFolder => Path.Combine(AppContext.BaseDirectory, "Demo", "Content");

    public async Task<ImportCounts> LoadAsync(CancellationToken cancellationToken)
    {
        await SaveTaxonomyAndPagesAsync(cancellationToken);
        var counts = await importer.ImportAsync(Path.Combine(ContentFolder, "articles"), "crawl", progress: null, cancellationToken);
        await ApplyFeaturesAsync(cancellationToken);
        return counts;
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return !await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Articles.AnyAsync(cancellationToken);
    }

    private Task<bool> SaveTaxonomyAndPagesAsync(CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async (services, token) =>
            {
                foreach (var tag in DemoTaxonomy.Tags)
                {
                    await services.GetRequiredService<SaveTag>().SaveAsync(tag, token);
                }

                foreach (var author in DemoTaxonomy.Authors)
                {
                    await services.GetRequiredService<SaveAuthor>().SaveAsync(author, token);
                }

                foreach (var file in Directory.EnumerateFiles(Path.Combine(ContentFolder, "pages"), "*.md").Order(StringComparer.Ordinal))
                {
                    await services.GetRequiredService<SaveStaticPage>().SaveAsync(DemoPages.Read(file), token);
                }

                return true;
            },
            cancellationToken);

    private Task<bool> ApplyFeaturesAsync(CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async (services, token) =>
            {
                var db = services.GetRequiredService<MarqueeDbContext>();
                var changes = services.GetRequiredService<ContentChanges>();
                foreach (var feature in DemoFeatures.All)
                {
                    var article = await db.Articles.AsTracking().FirstOrDefaultAsync(a => a.Slug == feature.Slug, token);
                    if (article is null || (article.FeatureImageUrl == feature.ImageUrl && article.IsTopStory == feature.IsTopStory))
                    {
                        continue;
                    }

                    article.FeatureImageUrl = feature.ImageUrl;
                    article.IsTopStory = feature.IsTopStory;
                    changes.Touch(CacheTags.Article(article.Id), CacheTags.Home);
                }

                return true;
            },
            cancellationToken);
}
