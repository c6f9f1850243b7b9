using System.Text.Json;

namespace Marquee.Import.Ghost;

/// <summary>Ghost JSON exports, from 0.x to 5.x: posts, pages, tags and users (as author profiles).</summary>
public sealed class GhostFormat : IImportFormat
{
    public string Name => "ghost";

    public string Extension => ".json";

    public bool Recognises(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public ImportBatch Read(string path)
    {
        using var document = Parse(path);
        var export = GhostExport.Open(path, document);
        var batch = new ImportBatch();
        new GhostPosts(export, new GhostPeopleAndTags(export, batch), batch).AddAll();
        return batch;
    }

    private static JsonDocument Parse(string path)
    {
        var json = ImportText.ReadUtf8Bytes(path);
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException broken)
        {
            var at = broken.LineNumber is { } line ? $" (line {line + 1}, position {broken.BytePositionInLine + 1})" : "";
            throw new ImportException(path, null, $"not valid JSON{at}: {broken.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.')}", broken);
        }
    }
}
