using FluentMigrator.Runner;
using Microsoft.Data.Sqlite;

namespace Marquee.Storage;

/// <summary>Applies the versioned migrations in Storage/Migrations; one set runs on SQLite and PostgreSQL.</summary>
public sealed class DatabaseMigrator(DatabaseTarget target)
{
    public IReadOnlyList<long> Migrate()
    {
        if (!target.IsPostgres)
        {
            PrepareSqliteFile();
        }

        if (AppliedMigrations.AreAllIn(target))
        {
            return [];
        }

        using var services = BuildRunnerServices();
        var runner = services.GetRequiredService<IMigrationRunner>();
        var before = AppliedVersions(services);
        runner.MigrateUp();
        return AppliedVersions(services).Except(before).Order().ToList();
    }

    private static List<long> AppliedVersions(ServiceProvider services)
    {
        var loader = services.GetRequiredService<FluentMigrator.Runner.IVersionLoader>();
        loader.LoadVersionInfo();
        return loader.VersionInfo.AppliedMigrations().ToList();
    }

    private ServiceProvider BuildRunnerServices() =>
        new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                if (target.IsPostgres)
                {
                    runner.AddPostgres();
                }
                else
                {
                    runner.AddSQLite();
                }

                runner.WithGlobalConnectionString(target.ConnectionString)
                    .ScanIn(typeof(DatabaseMigrator).Assembly).For.Migrations();
            })
            .BuildServiceProvider(validateScopes: false);

    /// <summary>Creates the data folder and switches the file to WAL once: readers never wait for the writer.</summary>
    private void PrepareSqliteFile()
    {
        var builder = new SqliteConnectionStringBuilder(target.ConnectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = new SqliteConnection(target.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
