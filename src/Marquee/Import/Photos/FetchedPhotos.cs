namespace Marquee.Import.Photos;

/// <summary>The files of an import's photos, by key, on this machine: in the uploads folder, or downloaded into a temporary folder deleted with this.</summary>
public sealed class FetchedPhotos : IDisposable
{
    private readonly Dictionary<string, string> _paths = [];
    private string? _downloads;

    public static FetchedPhotos None { get; } = new();

    public string? PathOf(string key) => _paths.GetValueOrDefault(key);

    internal void Add(string key, string path)
    {
        lock (_paths)
        {
            _paths[key] = path;
        }
    }

    /// <summary>A new file in this import's temporary folder, made on first use.</summary>
    internal string NewDownloadPath()
    {
        lock (_paths)
        {
            _downloads ??= Directory.CreateTempSubdirectory("marquee-import-media-").FullName;
        }

        return Path.Combine(_downloads, Path.GetRandomFileName());
    }

    public void Dispose()
    {
        if (_downloads is not null && Directory.Exists(_downloads))
        {
            Directory.Delete(_downloads, recursive: true);
        }
    }
}
