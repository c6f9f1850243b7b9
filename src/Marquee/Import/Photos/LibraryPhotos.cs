using Marquee.Media.Ingest;
using Marquee.Media.Photos;
using Marquee.Media.Renditions;

namespace Marquee.Import.Photos;

/// <summary>
/// Takes an import's fetched photos into the media library, in the file's transaction, through the library's own ingest
/// (every check an upload gets; the same bytes twice are one photo, so a re-import adds none). A photo the library
/// refuses, or whose file could not be had, is reported and left out; the articles showing it keep its URL.
/// </summary>
public sealed class LibraryPhotos(PhotoIngest ingest, RenditionQueue renditions)
{
    private readonly List<long> _awaitingRenditions = [];

    public async Task<IReadOnlyDictionary<string, Photo>> IngestAsync(ImportBatch batch, FetchedPhotos files, Action saved, CancellationToken cancellationToken)
    {
        var photos = new Dictionary<string, Photo>();
        foreach (var (where, photo) in batch.Photos)
        {
            if (files.PathOf(photo.Key) is { } path)
            {
                await using var content = File.OpenRead(path);
                var result = await ingest.IngestAsync(content, Path.GetFileName(path), photo.Metadata, cancellationToken);
                if (result.Photo is { } stored)
                {
                    photos[photo.Key] = stored;
                    if (stored.RenditionsMadeAt is null)
                    {
                        _awaitingRenditions.Add(stored.Id);
                    }
                }
                else
                {
                    batch.Skipped.Add(new ImportSkip(where, $"the media library refused {photo.Url}: {result.Refusal}; left at its URL"));
                }
            }

            saved();
        }

        return photos;
    }

    /// <summary>
    /// Queues the new photos' renditions once the file's transaction has committed: queued by the ingest before it, the
    /// worker found no row yet and left them to the stalled-work sweep, minutes later.
    /// </summary>
    public async Task QueueRenditionsAsync(CancellationToken cancellationToken)
    {
        foreach (var id in _awaitingRenditions)
        {
            await renditions.EnqueueAsync(id, cancellationToken);
        }
    }
}
