using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Marquee.Tests.Infrastructure;

/// <summary>A hash of every row of every table in a SQLite file: equal fingerprints mean the data did not change.</summary>
public static class DatabaseFingerprint
{
    public static string Of(string dataPath)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "marquee.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var text = new StringBuilder();
        foreach (var table in Tables(connection))
        {
            using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = rows.ExecuteReader();
            text.Append('#').Append(table).Append('\n');
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
