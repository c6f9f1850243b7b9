namespace Marquee.Tests.Tips;

/// <summary>
/// What an attacker with the disk would read: every file under the data folder (SQLite's database and WAL, sealed
/// files) byte by byte, and on PostgreSQL every row of the tip tables as text (bytea as hex).
/// </summary>
public static class TipStorage
{
    private static readonly string[] Tables = ["tip_keys", "tips", "tip_key_wraps", "tip_files", "tip_notes", "tip_events"];

    public static bool Holds(MarqueeServer server, byte[] needle) => FilesHold(server.DataPath, needle) || RowsHold(server, needle);

    private static bool FilesHold(string folder, byte[] needle) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any(path => Contains(ReadShared(path), needle));

    private static bool RowsHold(MarqueeServer server, byte[] needle)
    {
        if (!TestDatabase.IsPostgres)
        {
            return false;
        }

        var hex = Convert.ToHexString(needle).ToLowerInvariant();
        var text = System.Text.Encoding.UTF8.GetString(needle);
        return Tables.SelectMany(table => server.Database.Lines($"SELECT t::text FROM {table} t"))
            .Any(row => row.Contains(hex, StringComparison.Ordinal) || row.Contains(text, StringComparison.Ordinal));
    }

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
