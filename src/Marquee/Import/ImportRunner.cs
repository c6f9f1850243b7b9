using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Import;

/// <summary>
/// Imports a file or a folder of files. Every file is read and checked before anything is written;
/// then each file is saved in one transaction, so a failure leaves the database as it was.
/// </summary>
public sealed class ImportRunner(IEnumerable<IImportFormat> formats, ContentTransaction transaction)
{
    public async Task<ImportCounts> ImportAsync(string path, string? formatName, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var batches = ImportFiles.Find(path, formatName, formats)
            .Select(file => (file.Path, Batch: file.Format.Read(file.Path)))
            .ToList();
        var counts = new ImportCounts();
        foreach (var (file, batch) in batches)
        {
            counts.Merge(await SaveAsync(file, batch, progress, cancellationToken));
        }

        return counts;
    }

    /// <summary>Saves one file's batch in one transaction: all of it, or nothing and an <see cref="ImportException"/>.</summary>
    public async Task<ImportCounts> SaveAsync(string file, ImportBatch batch, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var saving = new BatchSaver(file, batch, progress);
        try
        {
            var counts = await transaction.RunAsync(saving.SaveAsync, cancellationToken);
            counts.Files++;
            batch.Skipped.ForEach(skip => counts.Skip(file, skip));
            return counts;
        }
        catch (ContentValidationException invalid)
        {
            throw new ImportException(file, saving.Current, invalid.Message, invalid);
        }
        catch (DbUpdateException refused)
        {
            throw new ImportException(file, saving.Current, $"the database refused it: {refused.GetBaseException().Message}", refused);
        }
    }

    /// <summary>Saves one file's records in dependency order, remembering which record it is on for error messages.</summary>
    private sealed class BatchSaver(string file, ImportBatch batch, IProgress<ImportProgress>? progress)
    {
        private int _done;

        public string? Current { get; private set; }

        public async Task<ImportCounts> SaveAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            var counts = new ImportCounts();
            var db = services.GetRequiredService<MarqueeDbContext>();
            async Task Save<T>(IEnumerable<ImportRecord<T>> records, string kind, Func<T, Task<SaveOutcome>> save)
            {
                foreach (var record in records)
                {
                    Current = record.Where;
                    counts.Add(kind, await save(record.Item));
                    db.ChangeTracker.Clear();
                    progress?.Report(new ImportProgress(file, ++_done, batch.Count));
                }
            }

            await Save(batch.Tags, "tags", t => services.GetRequiredService<SaveTag>().SaveAsync(t, cancellationToken));
            await Save(batch.Authors, "authors", a => services.GetRequiredService<SaveAuthor>().SaveAsync(a, cancellationToken));
            await Save(batch.Articles, "articles", async a => (await services.GetRequiredService<SaveArticle>().SaveAsync(a, ChangedBy.Import, cancellationToken)).Outcome);
            await Save(batch.Pages, "pages", p => services.GetRequiredService<SaveStaticPage>().SaveAsync(p, cancellationToken));
            Current = null;
            return counts;
        }
    }
}
