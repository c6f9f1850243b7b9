namespace Marquee.Import.Crawl;

/// <summary>Plain-text crawl records: a first line "date YYYY-MM-DD headline", then the page's text.</summary>
public sealed class CrawlFormat : IImportFormat
{
    public string Name => "crawl";

    public bool Recognises(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public ImportBatch Read(string path) => throw new ImportException(path, null, "not implemented yet");
}
