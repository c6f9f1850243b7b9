using Marquee.Media.Photos;

namespace Marquee.Import.Photos;

/// <summary>
/// A photo an import file names, for the media library: its key in the file (a WordPress attachment id), its URL, its
/// path in the old site's uploads folder when known, and what the file says about it.
/// </summary>
public sealed record ImportPhoto(string Key, string Url, string? UploadsPath, PhotoMetadata Metadata);

/// <summary>The library photos an imported article shows, by their keys in the file: its feature photo, a gallery's photos in order.</summary>
public sealed record ImportPhotoUse(string? FeatureKey, IReadOnlyList<string> GalleryKeys);
