using Microsoft.Extensions.Options;

namespace Marquee.Import.Photos;

/// <summary>
/// Finds the files of an import's photos before its transaction begins: in the old site's uploads folder, or downloaded
/// with a time limit and a size cap. A photo whose file cannot be had is reported (file: record: reason) and the import
/// goes on without it: one dead link in an archive of thousands must not stop the rest, nor hang it.
/// </summary>
public sealed class PhotoFetch(IHttpClientFactory clients, IOptions<ImportOptions> options)
{
    public const string ClientName = "import-media";

    private const string Uploads = "/wp-content/uploads/";

    public async Task<FetchedPhotos> FetchAsync(ImportMedia media, ImportBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Photos.Count == 0 || !media.IntoLibrary)
        {
            return FetchedPhotos.None;
        }

        var fetched = new FetchedPhotos();
        var problems = new ImportSkip?[batch.Photos.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MediaDownloads, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, batch.Photos.Count), parallel, async (index, token) =>
        {
            var (where, photo) = (batch.Photos[index].Where, batch.Photos[index].Item);
            var problem = media.Folder is { } folder ? FromFolder(folder, photo, fetched) : await DownloadAsync(photo, fetched, token);
            problems[index] = problem is null ? null : new ImportSkip(where, problem);
        });
        // Reported in the file's order, whichever download finished first.
        batch.Skipped.AddRange(problems.OfType<ImportSkip>());
        return fetched;
    }

    /// <summary>The photo's file in the uploads folder: WordPress's own relative path, else its URL's path after wp-content/uploads/.</summary>
    private static string? FromFolder(string folder, ImportPhoto photo, FetchedPhotos fetched)
    {
        var relative = photo.UploadsPath ?? UploadsPathOf(photo.Url);
        if (relative is null)
        {
            return $"{photo.Url} is not under wp-content/uploads/, so it has no place in the uploads folder; left at its URL";
        }

        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (!path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"its path '{relative}' leads out of the uploads folder; refused";
        }

        if (!File.Exists(path))
        {
            return $"{relative} is not in the uploads folder {folder}; left at its URL";
        }

        fetched.Add(photo.Key, path);
        return null;
    }

    private static string? UploadsPathOf(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.AbsolutePath) : null;
        var at = path?.IndexOf(Uploads, StringComparison.OrdinalIgnoreCase) ?? -1;
        return at < 0 ? null : path![(at + Uploads.Length)..];
    }

    private async Task<string?> DownloadAsync(ImportPhoto photo, FetchedPhotos fetched, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(limits.MediaTimeoutSeconds));
        var path = fetched.NewDownloadPath();
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(photo.Url, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                return $"{photo.Url} answered {(int)response.StatusCode}; left at its URL";
            }

            long cap = limits.MaxMediaMegabytes * 1024L * 1024L;
            if (response.Content.Headers.ContentLength > cap)
            {
                return TooBig(photo, limits);
            }

            await using (var file = File.Create(path))
            {
                await using var body = await response.Content.ReadAsStreamAsync(deadline.Token);
                if (!await CopyAtMostAsync(body, file, cap, deadline.Token))
                {
                    return TooBig(photo, limits);
                }
            }

            fetched.Add(photo.Key, path);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{photo.Url} did not arrive within {limits.MediaTimeoutSeconds} s; left at its URL";
        }
        catch (Exception failed) when (failed is HttpRequestException or IOException)
        {
            return $"{photo.Url} could not be fetched ({failed.Message}); left at its URL";
        }
    }

    private static string TooBig(ImportPhoto photo, ImportOptions limits) =>
        $"{photo.Url} is larger than Marquee:Import:MaxMediaMegabytes ({limits.MaxMediaMegabytes} MB); left at its URL";

    /// <summary>Copies until the end or past <paramref name="cap"/> bytes (false): a server that lies about its length is still cut off.</summary>
    private static async Task<bool> CopyAtMostAsync(Stream from, Stream to, long cap, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > cap)
            {
                return false;
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return true;
    }
}
