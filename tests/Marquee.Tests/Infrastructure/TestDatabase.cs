using FluentMigrator.Runner;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marquee.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// The database one test server or CLI run uses: a SQLite file in its data folder, or — when
/// MARQUEE_TEST_POSTGRES names a PostgreSQL server (tests/services/postgres.sh) — a database of its
/// own there. CI runs the whole suite once each way, so every integration test covers both providers.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("MARQUEE_TEST_POSTGRES");
    private readonly string _dataPath;
    private readonly string? _postgresName;
    private readonly string _site = Guid.NewGuid().ToString("n");

    public TestDatabase(string dataPath)
    {
        _dataPath = dataPath;
        if (PostgresServer is null)
        {
            return;
        }

        _postgresName = $"marquee_{Guid.NewGuid():n}";
        using var admin = new NpgsqlConnection(PostgresServer);
        admin.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresName}", admin);
        create.ExecuteNonQuery();
    }

    /// <summary>Applies the migrations up to <paramref name="version"/> only: a database as an older Marquee left it.</summary>
    public void MigrateTo(long version)
    {
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => (IsPostgres ? runner.AddPostgres() : runner.AddSQLite())
                .WithGlobalConnectionString(ConnectionString)
                .ScanIn(typeof(DatabaseMigrator).Assembly).For.Migrations())
            .BuildServiceProvider();
        services.GetRequiredService<IMigrationRunner>().MigrateUp(version);
    }

    public static bool IsPostgres => PostgresServer is not null;

    /// <summary>
    /// The configuration that points Marquee at this database (nothing for SQLite: the file under DataPath
    /// is the default) and, when MARQUEE_TEST_REDIS names a Redis server, at that for the shared page cache, under
    /// a prefix of its own (every node and CLI run on this database is one site).
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>();
            if (_postgresName is not null)
            {
                settings["Marquee:Database:Provider"] = "postgres";
                settings["ConnectionStrings:Marquee"] = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresName }.ToString();
            }

            if (Environment.GetEnvironmentVariable("MARQUEE_TEST_REDIS") is { Length: > 0 } redis)
            {
                settings["Marquee:Redis"] = redis;
                // A site of its own in the shared Redis: other test classes' evictions are other sites' changes.
                settings["Marquee:RedisPrefix"] = $"marquee-{_site}:";
            }

            return settings;
        }
    }

    private string SqlitePath => Path.Combine(_dataPath, "marquee.db");

    /// <summary>
    /// A hash of every row of every table: equal fingerprints mean the data did not change. Job leases
    /// are left out: a running node renews them several times a second whatever the content does.
    /// </summary>
    public string Fingerprint()
    {
        using var connection = Open();
        var text = new StringBuilder();
        foreach (var table in Tables(connection).Where(t => t != "job_leases"))
        {
            text.Append('#').Append(table).Append('\n');
            foreach (var row in Rows(connection, $"SELECT * FROM \"{table}\"").Order(StringComparer.Ordinal))
            {
                text.Append(row).Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The connection string Marquee uses for this database.</summary>
    public string ConnectionString => _postgresName is null
        ? $"Data Source={SqlitePath};Pooling=False"
        : Settings["ConnectionStrings:Marquee"] + ";Pooling=false";

    /// <summary>Runs a statement as an older version of Marquee would have, to arrange data a migration must carry over.</summary>
    public void Execute(string sql)
    {
        using DbConnection connection = _postgresName is null ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The columns the migrations created for a table.</summary>
    public HashSet<string> Columns(string table)
    {
        using var connection = Open();
        return Strings(connection, _postgresName is null
            ? $"SELECT name FROM pragma_table_info('{table}')"
            : $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'").ToHashSet(StringComparer.Ordinal);
    }

    public void Dispose()
    {
        if (_postgresName is null)
        {
            return;
        }

        using var admin = new NpgsqlConnection(PostgresServer);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row a query returns, as text (null for no row or NULL).</summary>
    public string? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) is { Length: > 0 } value ? value : null;
    }

    /// <summary>Every row a query returns, its values joined by a separator, in the order the query gives.</summary>
    public List<string> Lines(string sql)
    {
        using var connection = Open();
        return Rows(connection, sql);
    }

    /// <summary>SQLite's own check of the file (pages, indexes, free list): "ok" when nothing is torn. PostgreSQL recovers from its WAL by itself.</summary>
    public string IntegrityCheck() => _postgresName is null ? Scalar("PRAGMA integrity_check") ?? "" : "ok";

    /// <summary>
    /// Closes the idle pooled connections of one server's database. Only that pool: clearing every pool
    /// in the process disposes connections that servers of other test classes are opening at that moment.
    /// </summary>
    public static void ClearPool(DatabaseTarget target)
    {
        if (target.IsPostgres)
        {
            using var connection = new NpgsqlConnection(target.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new SqliteConnection(target.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    private DbConnection Open()
    {
        DbConnection connection = _postgresName is null
            ? new SqliteConnection($"Data Source={SqlitePath};Mode=ReadOnly;Pooling=False")
            : new NpgsqlConnection(Settings["ConnectionStrings:Marquee"] + ";Pooling=false");
        connection.Open();
        return connection;
    }

    private List<string> Tables(DbConnection connection) => Strings(connection, _postgresName is null
        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");

    private static List<string> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static List<string> Strings(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
