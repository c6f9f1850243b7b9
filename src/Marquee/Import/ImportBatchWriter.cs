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
    LibraryPhotos photos)
{
    public Task<ImportCounts> SaveAsync(string file, ImportBatch batch, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        SaveAsync(file, batch, FetchedPhotos.None, progress, cancellationToken);

    public async Task<ImportCounts> SaveAsync(string file, ImportBatch batch, FetchedPhotos files, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        string? current = null;
        var done = 0;
        async Task Save<T>(ImportCounts counts, IEnumerable<ImportRecord<T>> records, string kind, Func<T, Task<SaveOutcome>> save)
        {
            foreach (var record in records)
            {
                current = record.Where;
                counts.Add(kind, await save(record.Item));
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
                    await Save(saved, batch.Tags, "tags", t => tags.SaveAsync(t, token));
                    await Save(saved, batch.Authors, "authors", a => authors.SaveAsync(a, token));
                    var withPhotos = batch.Articles.Select(a => a with { Item = PhotoUses.Apply(a, library, reason => batch.Skipped.Add(new ImportSkip(a.Where, reason))) });
                    await Save(saved, withPhotos, "articles", async a => (await articles.SaveAsync(a, ChangedBy.Import, token)).Outcome);
                    await Save(saved, batch.Pages, "pages", p => pages.SaveAsync(p, token));
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
}
