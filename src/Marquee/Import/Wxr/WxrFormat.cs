namespace Marquee.Import.Wxr;

/// <summary>WordPress eXtended RSS exports (WXR 1.0, 1.1 and 1.2): posts, pages, authors, categories and tags.</summary>
public sealed class WxrFormat : IImportFormat
{
    public string Name => "wxr";

    public string Extension => ".xml";

    public bool Recognises(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public ImportBatch Read(string path)
    {
        var export = WxrReader.Read(path);
        var batch = new ImportBatch();
        var people = new WxrPeopleAndTerms(export, batch);
        new WxrItems(export, people, batch).AddAll();
        return batch;
    }
}
