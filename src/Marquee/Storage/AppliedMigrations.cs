using System.Data.Common;
using System.Globalization;
using System.Reflection;
using FluentMigrator;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marquee.Storage;

/// <summary>
/// Whether a database already has every migration this build knows, read with one statement. Starting the migration
/// runner to find that out (its own services, a scan of the assembly, its version table) took most of a node's startup.
/// </summary>
internal static class AppliedMigrations
{
    /// <summary>FluentMigrator's default version table.</summary>
    private const string VersionTable = "VersionInfo";

    private static readonly Lazy<long[]> Known = new(() =>
        [.. typeof(AppliedMigrations).Assembly.GetTypes()
            .Select(type => type.GetCustomAttribute<MigrationAttribute>()?.Version)
            .OfType<long>()]);

    public static bool AreAllIn(DatabaseTarget target)
    {
        using DbConnection connection = target.IsPostgres ? new NpgsqlConnection(target.ConnectionString) : new SqliteConnection(target.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = target.IsPostgres
            ? $"SELECT to_regclass('\"{VersionTable}\"') IS NOT NULL"
            : $"SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = '{VersionTable}'";
        if (!Convert.ToBoolean(command.ExecuteScalar(), CultureInfo.InvariantCulture))
        {
            return false;
        }

        command.CommandText = $"SELECT \"Version\" FROM \"{VersionTable}\"";
        var applied = new HashSet<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            applied.Add(reader.GetInt64(0));
        }

        return Known.Value.All(applied.Contains);
    }
}
