namespace Marquee.Import.Photos;

/// <summary>A format whose files name photos the media library can take in (WordPress attachments); read this way only when an import has their files.</summary>
public interface IImportsPhotos
{
    /// <summary>Reads one file as <see cref="IImportFormat.Read"/> does, with its photos as <see cref="ImportBatch.Photos"/> and the articles' uses of them.</summary>
    ImportBatch ReadWithPhotos(string path);
}
