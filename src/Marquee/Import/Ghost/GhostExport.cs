using System.Text.Json;

namespace Marquee.Import.Ghost;

/// <summary>
/// The tables of a Ghost export, found in any of the wrappers Ghost has written: <c>{"db":[{"meta","data"}]}</c>
/// (Labs export and the DB API), and the flat <c>{"meta","data"}</c>. Anything else is refused by name.
/// </summary>
internal sealed class GhostExport(string file, JsonElement data)
{
    public string File { get; } = file;

    public IReadOnlyList<GhostRow> Table(string name)
    {
        if (!data.TryGetProperty(name, out var rows) || rows.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw new ImportException(File, $"table '{name}'", "is not a list of rows");
        }

        return rows.EnumerateArray().Select((row, i) => row.ValueKind == JsonValueKind.Object
            ? new GhostRow(row, i + 1)
            : throw new ImportException(File, $"{name} row {i + 1}", "is not an object")).ToList();
    }

    public static GhostExport Open(string file, JsonDocument document)
    {
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("db", out var db))
        {
            root = db.ValueKind == JsonValueKind.Array && db.GetArrayLength() > 0 ? db[0] : db;
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            return new GhostExport(file, data);
        }

        throw new ImportException(file, null, Describe(document.RootElement));
    }

    private static string Describe(JsonElement root)
    {
        const string Expected = "not a Ghost export: expected {\"db\":[{\"meta\",\"data\"}]} or {\"meta\",\"data\"} at the top";
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Expected;
        }

        var keys = root.EnumerateObject().Select(p => p.Name).ToList();
        return keys.Contains("posts") && !keys.Contains("data")
            ? "a Ghost Content API response, not an export: export the site from Ghost Admin (Settings → Labs → Export)"
            : $"{Expected}, found {{{string.Join(", ", keys.Select(k => $"\"{k}\""))}}}";
    }
}
