using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;
using Marquee.Import.Photos;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Import;

/// <summary>
/// Saves one file's batch in one transaction, its records in dependency order (photos, tags, authors, articles, pages):
/// all of it, or nothing and an
/// <see cref="ImportException"/> naming the record it was on. One per scope, and one scope per file.
/// </summary>
public sealed class ImportBatchWriter(
    ContentTransaction transaction,
    MarqueeDbContext db,
    SaveTag tags,
    SaveAuthor authors,
    SaveArticle articles,
    SaveStaticPage pages,
    LibraryPhotos photos,
    OldPermalinks permalinks)
{
    public Task<ImportCounts> SaveAsync(string file, ImportBatch batch, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        SaveAsync(file, batch, FetchedPhotos.None, progress, cancellationToken);

    public async Task<ImportCounts> SaveAsync(string file, ImportBatch batch, FetchedPhotos files, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        string? current = null;
        var done = 0;
        async Task Save<T>(ImportCounts counts, IEnumerable<ImportRecord<T>> records, string kind, Func<ImportRecord<T>, Task<SaveOutcome>> save)
        {
            foreach (var record in records)
            {
                current = record.Where;
                counts.Add(kind, await save(record));
                db.ChangeTracker.Clear();
                progress?.Report(new ImportProgress(file, ++done, batch.Count));
            }
        }

        try
        {
            var counts = await transaction.RunAsync(
                async token =>
                {
                    var saved = new ImportCounts();
                    var library = await photos.IngestAsync(batch, files, () => progress?.Report(new ImportProgress(file, ++done, batch.Count)), token);
                    db.ChangeTracker.Clear();
                    await Save(saved, batch.Tags, "tags", t => tags.SaveAsync(t.Item, token));
                    await Save(saved, batch.Authors, "authors", a => authors.SaveAsync(a.Item, token));
                    var withPhotos = batch.Articles.Select(a => a with { Item = PhotoUses.Apply(a, library, reason => batch.Skipped.Add(new ImportSkip(a.Where, reason))) });
                    await Save(saved, withPhotos, "articles", a => SaveArticleAsync(a, saved, token));
                    await Save(saved, batch.Pages, "pages", p => pages.SaveAsync(p.Item, token));
                    current = null;
                    return saved;
                },
                cancellationToken);
            await photos.QueueRenditionsAsync(cancellationToken);
            counts.Files++;
            batch.Skipped.ForEach(skip => counts.Skip(file, skip));
            return counts;
        }
        catch (ContentValidationException invalid)
        {
            throw new ImportException(file, current, invalid.Message, invalid);
        }
        catch (DbUpdateException refused)
        {
            throw new ImportException(file, current, $"the database refused it: {refused.GetBaseException().Message}", refused);
        }
    }

    /// <summary>An article, then the old site's path that is to lead to it.</summary>
    private async Task<SaveOutcome> SaveArticleAsync(ImportRecord<ArticleInput> record, ImportCounts counts, CancellationToken cancellationToken)
    {
        var saved = await articles.SaveAsync(record.Item, ChangedBy.Import, cancellationToken);
        if (record.OldPath is { } path)
        {
            counts.Add("permalinks", await permalinks.KeepAsync(path, saved.ArticleId, cancellationToken));
        }

        return saved.Outcome;
    }
}
