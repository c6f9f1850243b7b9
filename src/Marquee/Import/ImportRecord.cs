using Marquee.Import.Photos;

namespace Marquee.Import;

/// <summary>One item read from an import file, with where it came from for error messages ("post 12 'hello-world'").</summary>
public sealed record ImportRecord<T>(string Where, T Item)
{
    /// <summary>For an article, the library photos it shows once they are taken in; null when it shows none of the file's photos.</summary>
    public ImportPhotoUse? Photos { get; init; }

    /// <summary>For an article, the path it had on the old site (from <see cref="Content.Articles.OldPermalinks.Key"/>), which answers 301 to its new one.</summary>
    public string? OldPath { get; init; }
}
