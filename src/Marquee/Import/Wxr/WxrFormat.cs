using Marquee.Import.Photos;

namespace Marquee.Import.Wxr;

/// <summary>WordPress eXtended RSS exports (WXR 1.0, 1.1 and 1.2): posts, pages, authors, categories and tags, and attachments as library photos.</summary>
public sealed class WxrFormat : IImportFormat, IImportsPhotos
{
    public string Name => "wxr";

    public string Extension => ".xml";

    public bool Recognises(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public ImportBatch Read(string path) => Read(path, photosToLibrary: false);

    public ImportBatch ReadWithPhotos(string path) => Read(path, photosToLibrary: true);

    private static ImportBatch Read(string path, bool photosToLibrary)
    {
        var export = WxrReader.Read(path);
        var batch = new ImportBatch();
        var people = new WxrPeopleAndTerms(export, batch);
        new WxrItems(export, people, batch, photosToLibrary).AddAll();
        return batch;
    }
}
