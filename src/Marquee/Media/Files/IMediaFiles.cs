namespace Marquee.Media.Files;

/// <summary>Where originals and renditions live: the local disk for one node, S3-compatible storage for several.</summary>
public interface IMediaFiles
{
    /// <summary>Writes the whole stream under the key, replacing what was there; readers never see half a file.</summary>
    Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when nothing is stored under the key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every stored file whose key starts with <paramref name="prefix"/>, with when it was last written (UTC).</summary>
    IAsyncEnumerable<StoredFile> ListAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Removes what writes that never finished (a process killed mid-write) left behind before <paramref name="startedBefore"/> (UTC).</summary>
    Task RemoveAbandonedWritesAsync(DateTime startedBefore, CancellationToken cancellationToken);
}

/// <summary>A stored file's key and when it was last written (UTC).</summary>
public sealed record StoredFile(string Key, DateTime WrittenAt);
