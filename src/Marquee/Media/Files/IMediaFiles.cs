namespace Marquee.Media.Files;

/// <summary>Where originals and renditions live: the local disk for one node, S3-compatible storage for several.</summary>
public interface IMediaFiles
{
    /// <summary>Writes the whole stream under the key, replacing what was there; readers never see half a file.</summary>
    Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when nothing is stored under the key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
