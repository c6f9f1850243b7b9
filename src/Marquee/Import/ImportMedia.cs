namespace Marquee.Import;

/// <summary>
/// Where an import finds the files its photos name: the old site's uploads folder (<c>--media DIR</c>), their URLs
/// (<c>--download-media</c>), or neither, when photos stay at their URLs as the export names them.
/// </summary>
public sealed record ImportMedia(string? Folder, bool Download)
{
    public static readonly ImportMedia None = new(null, false);

    /// <summary>Whether photos go into the media library.</summary>
    public bool IntoLibrary => Folder is not null || Download;
}
