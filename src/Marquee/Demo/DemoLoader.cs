using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;
using Marquee.Import;
using Marquee.Import.Crawl;

namespace Marquee.Demo;

/// <summary>
/// Loads the demo site: taxonomy and bylines, the articles in Demo/Content/articles (crawl records,
/// the seed page among them) through the ordinary importer, the static pages, a photo gallery, a live story and two newsletter lists. Safe to run twice.
/// </summary>
public sealed class DemoLoader(
    ImportRunner importer,
    ContentTransaction transaction,
    SaveTag tags,
    SaveAuthor authors,
    SaveStaticPage pages,
    DemoGallery gallery,
    DemoLiveStory liveStory,
    DemoNewsletters newsletters,
    ArticleQueries articles)
{
    private static readonly CrawlFormat Crawl = new();

    public static string ContentFolder => Path.Combine(AppContext.BaseDirectory, "Demo", "Content");

    public async Task<ImportCounts> LoadAsync(CancellationToken cancellationToken)
    {
        var counts = await SaveTaxonomyAndPagesAsync(cancellationToken);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ContentFolder, "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            var batch = Crawl.Read(file);
            var articles = batch.Articles.Select(r => r with { Item = DemoFeatures.ApplyTo(r.Item) }).ToList();
            batch.Articles.Clear();
            batch.Articles.AddRange(articles);
            counts.Merge(await importer.SaveAsync(file, batch, progress: null, cancellationToken));
        }

        counts.Add("galleries", await gallery.LoadAsync(cancellationToken));
        counts.Add("live stories", await liveStory.LoadAsync(cancellationToken));
        await newsletters.LoadAsync(counts, cancellationToken);

        return counts;
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => !await articles.AnyAsync(cancellationToken);

    private Task<ImportCounts> SaveTaxonomyAndPagesAsync(CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async token =>
            {
                var counts = new ImportCounts();
                foreach (var tag in DemoTaxonomy.Tags)
                {
                    counts.Add("tags", await tags.SaveAsync(tag, token));
                }

                foreach (var author in DemoTaxonomy.Authors)
                {
                    counts.Add("authors", await authors.SaveAsync(author, token));
                }

                foreach (var file in Directory.EnumerateFiles(Path.Combine(ContentFolder, "pages"), "*.md").Order(StringComparer.Ordinal))
                {
                    counts.Add("pages", await pages.SaveAsync(DemoPages.Read(file), token));
                }

                return counts;
            },
            cancellationToken);
}
