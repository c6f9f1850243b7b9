using Marquee.Import.Photos;

namespace Marquee.Import;

/// <summary>
/// Imports a file or a folder of files. Every file is read and checked before anything is written;
/// then each file is saved in one transaction, so a failure leaves the database as it was. Skipping
/// refused files instead, each file is read and saved in turn and a refused one is reported and left out.
/// With <see cref="ImportMedia"/>, a file's photos are fetched before its transaction and taken into the media library in it.
/// </summary>
public sealed class ImportRunner(IEnumerable<IImportFormat> formats, IServiceScopeFactory scopes, PhotoFetch fetch)
{
    public Task<ImportCounts> ImportAsync(string path, string? formatName, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ImportAsync(path, formatName, skipRefused: false, ImportMedia.None, progress, cancellationToken);

    public Task<ImportCounts> ImportAsync(string path, string? formatName, bool skipRefused, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ImportAsync(path, formatName, skipRefused, ImportMedia.None, progress, cancellationToken);

    public async Task<ImportCounts> ImportAsync(string path, string? formatName, bool skipRefused, ImportMedia media, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (media.Folder is { } folder && !Directory.Exists(folder))
        {
            throw new ImportException(folder, null, "--media names no folder");
        }

        if (skipRefused)
        {
            return await ImportEachAsync(ImportFiles.Find(path, formatName, formats), media, progress, cancellationToken);
        }

        var batches = ImportFiles.Find(path, formatName, formats)
            .Select(file => (file.Path, Batch: Read(file.Path, file.Format, media)))
            .ToList();
        var counts = new ImportCounts();
        foreach (var (file, batch) in batches)
        {
            counts.Merge(await SaveAsync(file, batch, media, progress, cancellationToken));
        }

        return counts;
    }

    /// <summary>A crawl of thousands of pages holds some that are not articles: each file on its own, a refused one reported and passed over.</summary>
    private async Task<ImportCounts> ImportEachAsync(IReadOnlyList<(string Path, IImportFormat Format)> files, ImportMedia media, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var counts = new ImportCounts();
        foreach (var (file, format) in files)
        {
            try
            {
                counts.Merge(await SaveAsync(file, Read(file, format, media), media, progress, cancellationToken));
            }
            catch (ImportException refused)
            {
                counts.Refused.Add(refused.Message);
            }
        }

        return counts;
    }

    private static ImportBatch Read(string file, IImportFormat format, ImportMedia media) =>
        media.IntoLibrary && format is IImportsPhotos withPhotos ? withPhotos.ReadWithPhotos(file) : format.Read(file);

    /// <summary>Saves one file's batch in a scope of its own: all of it, or nothing and an <see cref="ImportException"/>.</summary>
    public Task<ImportCounts> SaveAsync(string file, ImportBatch batch, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        SaveAsync(file, batch, ImportMedia.None, progress, cancellationToken);

    private async Task<ImportCounts> SaveAsync(string file, ImportBatch batch, ImportMedia media, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        using var files = await fetch.FetchAsync(media, batch, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportBatchWriter>().SaveAsync(file, batch, files, progress, cancellationToken);
    }
}
