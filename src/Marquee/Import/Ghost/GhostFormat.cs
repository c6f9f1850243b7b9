namespace Marquee.Import.Ghost;

/// <summary>Ghost JSON exports, from 0.x to 5.x.</summary>
public sealed class GhostFormat : IImportFormat
{
    public string Name => "ghost";

    public bool Recognises(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public ImportBatch Read(string path) => throw new ImportException(path, null, "not implemented yet");
}
