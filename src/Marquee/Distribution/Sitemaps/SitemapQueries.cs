using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Content.Live;
using Marquee.Content.Tags;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Distribution.Sitemaps;

/// <summary>
/// What the sitemaps list, read in the columns they need only: published articles by month, the tags and
/// authors that have any, and the latest stories. Cheap at 100,000 articles: aggregates and one page of rows.
/// </summary>
public sealed class SitemapQueries(ArticleQueries articles, LastChangedQueries lastChanged, GalleryQueries galleries, LiveQueries live)
{
    /// <summary>Months with published stories, newest first: one aggregate row per month.</summary>
    public async Task<IReadOnlyList<SitemapMonth>> MonthsAsync(CancellationToken cancellationToken) =>
        (await Stories()
            .GroupBy(a => new { a.PublishedAt!.Value.Year, a.PublishedAt.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count(), LastModified = g.Max(a => a.ModifiedAt > a.PublishedAt!.Value ? a.ModifiedAt : a.PublishedAt.Value) })
            .ToListAsync(cancellationToken))
        .Select(m => new SitemapMonth(m.Year, m.Month, m.Count, m.LastModified))
        .OrderByDescending(m => m.Year).ThenByDescending(m => m.Month)
        .ToList();

    /// <summary>One file's stories, newest first; the part number pages through the month. Galleries have a sitemap of their own.</summary>
    public async IAsyncEnumerable<SitemapEntry> ArticlesAsync(ArticleSitemapName file, int perFile, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = Stories()
            .Where(a => a.PublishedAt >= file.Start && a.PublishedAt < file.End)
            .Skip(PageOffset.Of(file.Part, perFile))
            .Take(perFile)
            .Select(a => new { a.Slug, a.PublishedAt, a.ModifiedAt, Image = new FeatureImage(a.FeatureImageUrl, a.FeatureImageAlt, a.FeatureImageCaption, a.FeatureImageCredit) })
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var row in rows)
        {
            var changed = row.ModifiedAt > row.PublishedAt!.Value ? row.ModifiedAt : row.PublishedAt.Value;
            yield return new SitemapEntry(ArticlePaths.Of(ArticleKind.Story, row.Slug), changed, SitemapImage.Of(row.Image));
        }
    }

    /// <summary>Published galleries, newest first, each with every photo it shows (and its credit); the photos' ids for cache tags.</summary>
    public async Task<(IReadOnlyList<SitemapEntry> Entries, IReadOnlyList<long> PhotoIds)> GalleriesAsync(int limit, CancellationToken cancellationToken)
    {
        var rows = await articles.Published(ArticleFilter.All).Where(a => a.Kind == ArticleKind.Gallery).Take(limit)
            .Select(a => new { a.Id, a.Slug, Changed = a.ModifiedAt > a.PublishedAt!.Value ? a.ModifiedAt : a.PublishedAt.Value })
            .ToListAsync(cancellationToken);
        var photos = await galleries.PhotosAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        var entries = rows.Select(r =>
        {
            var images = photos[r.Id].Select(p => SitemapImage.Of(GalleryImages.Of(p.Photo, p.Caption))!).ToList();
            return new SitemapEntry(ArticlePaths.Of(ArticleKind.Gallery, r.Slug), r.Changed, images.FirstOrDefault()) { MoreImages = images.Skip(1).ToList() };
        }).ToList();
        return (entries, photos.SelectMany(g => g).Select(p => p.Photo.Id).Distinct().ToList());
    }

    /// <summary>Tags and sections with at least one published article, and when the newest of those changed.</summary>
    public Task<IReadOnlyList<(TagLink Tag, DateTime LastModified)>> TagsAsync(int limit, CancellationToken cancellationToken) =>
        lastChanged.TagsAsync(limit, cancellationToken);

    /// <summary>Authors with at least one published article, and when the newest of those changed.</summary>
    public Task<IReadOnlyList<(NamedLink Author, DateTime LastModified)>> AuthorsAsync(int limit, CancellationToken cancellationToken) =>
        lastChanged.AuthorsAsync(limit, cancellationToken);

    /// <summary>
    /// Stories published since <paramref name="since"/>, newest first; a live story while its coverage runs, however long ago it
    /// was published, and never once it ended (decision 0072).
    /// </summary>
    public async Task<IReadOnlyList<NewsEntry>> NewsAsync(DateTime since, int limit, CancellationToken cancellationToken) =>
        await articles.Published(ArticleFilter.All)
            .Where(a => a.Kind == ArticleKind.Live ? live.RunningIds().Contains(a.Id) : a.PublishedAt >= since)
            .Take(limit)
            .Select(a => new NewsEntry(a.Slug, a.Headline, a.PublishedAt!.Value, a.Kind))
            .ToListAsync(cancellationToken);

    private IQueryable<Article> Stories() => articles.Published(ArticleFilter.All).Where(a => a.Kind == ArticleKind.Story);
}
