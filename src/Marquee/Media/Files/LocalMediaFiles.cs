namespace Marquee.Media.Files;

/// <summary>Media under Marquee:DataPath/media; keys are relative paths made by the media desk, never by a request.</summary>
internal sealed class LocalMediaFiles(string root) : IMediaFiles
{
    /// <summary>Where files are written before they are renamed into place: one folder, so a killed write's leftover is found without a walk.</summary>
    private string PartialFolder => Path.Combine(root, ".partial");

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateDirectory(PartialFolder);
        // Written aside and renamed over (one file system), so a reader or a crash never leaves half a file under the key.
        var partial = Path.Combine(PartialFolder, $"{Guid.NewGuid():n}.partial");
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public IAsyncEnumerable<StoredFile> ListAsync(string prefix, CancellationToken cancellationToken) => Listed(prefix).ToAsyncEnumerable();

    public Task RemoveAbandonedWritesAsync(DateTime startedBefore, CancellationToken cancellationToken)
    {
        if (Directory.Exists(PartialFolder))
        {
            foreach (var partial in new DirectoryInfo(PartialFolder).EnumerateFiles().Where(f => f.LastWriteTimeUtc < startedBefore))
            {
                partial.Delete();
            }
        }

        return Task.CompletedTask;
    }

    private IEnumerable<StoredFile> Listed(string prefix)
    {
        // Keys are flat within a folder (originals/…, renditions at the root): the prefix's folder holds them all.
        var folder = Path.GetDirectoryName(PathOf(prefix + "_"))!;
        return Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles()
                .Select(f => new StoredFile(Path.GetRelativePath(root, f.FullName).Replace(Path.DirectorySeparatorChar, '/'), f.LastWriteTimeUtc))
                .Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            : [];
    }

    private string PathOf(string key) => Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar));
}
