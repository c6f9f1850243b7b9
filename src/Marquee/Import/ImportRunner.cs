namespace Marquee.Import;

/// <summary>
/// Imports a file or a folder of files. Every file is read and checked before anything is written;
/// then each file is saved in one transaction, so a failure leaves the database as it was. Skipping
/// refused files instead, each file is read and saved in turn and a refused one is reported and left out.
/// </summary>
public sealed class ImportRunner(IEnumerable<IImportFormat> formats, IServiceScopeFactory scopes)
{
    public Task<ImportCounts> ImportAsync(string path, string? formatName, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ImportAsync(path, formatName, skipRefused: false, progress, cancellationToken);

    public async Task<ImportCounts> ImportAsync(string path, string? formatName, bool skipRefused, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (skipRefused)
        {
            return await ImportEachAsync(ImportFiles.Find(path, formatName, formats), progress, cancellationToken);
        }

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

    /// <summary>A crawl of thousands of pages holds some that are not articles: each file on its own, a refused one reported and passed over.</summary>
    private async Task<ImportCounts> ImportEachAsync(IReadOnlyList<(string Path, IImportFormat Format)> files, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var counts = new ImportCounts();
        foreach (var (file, format) in files)
        {
            try
            {
                counts.Merge(await SaveAsync(file, format.Read(file), progress, cancellationToken));
            }
            catch (ImportException refused)
            {
                counts.Refused.Add(refused.Message);
            }
        }

        return counts;
    }

    /// <summary>Saves one file's batch in a scope of its own: all of it, or nothing and an <see cref="ImportException"/>.</summary>
    public async Task<ImportCounts> SaveAsync(string file, ImportBatch batch, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportBatchWriter>().SaveAsync(file, batch, progress, cancellationToken);
    }
}
