using System.Diagnostics;
using Marquee.Storage;
using Npgsql;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// Takes a test server's database away and brings it back. On PostgreSQL the server gets a cluster of
/// its own (tests/services/postgres.sh), which is stopped and restarted; on SQLite the file is moved
/// away, so a new connection finds an empty database, and moved back.
/// </summary>
public sealed class DatabaseOutage : IDisposable
{
    private static readonly string Script = Path.Combine(Repository.Root, "tests", "services", "postgres.sh");
    private readonly MarqueeServer _server;
    private readonly string? _cluster;

    /// <summary>Call before the server starts: on PostgreSQL it points the server at a cluster this outage controls.</summary>
    public DatabaseOutage(MarqueeServer server)
    {
        _server = server;
        if (!TestDatabase.IsPostgres)
        {
            return;
        }

        _cluster = Path.Combine(Path.GetTempPath(), $"marquee-outage-{Guid.NewGuid():n}");
        var admin = Run("start", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture), _cluster).Trim();
        server.Settings["ConnectionStrings:Marquee"] = new NpgsqlConnectionStringBuilder(admin) { Database = "postgres", Timeout = 2 }.ToString();
    }

    public void Begin()
    {
        if (_cluster is not null)
        {
            Run("pause", _cluster);
            return;
        }

        Directory.CreateDirectory(Aside);
        foreach (var file in SqliteFiles(_server.DataPath))
        {
            File.Move(file, Path.Combine(Aside, Path.GetFileName(file)));
        }

        // After the move: a connection a background job opened just before it still reads the moved file, and
        // clearing discards it when closed instead of pooling it for the next page.
        TestDatabase.ClearPool(_server.Services.GetRequiredService<DatabaseTarget>());
    }

    public void End()
    {
        if (_cluster is not null)
        {
            Run("resume", _cluster);
            return;
        }

        foreach (var file in SqliteFiles(_server.DataPath))
        {
            File.Delete(file);
        }

        foreach (var file in SqliteFiles(Aside))
        {
            File.Move(file, Path.Combine(_server.DataPath, Path.GetFileName(file)));
        }

        TestDatabase.ClearPool(_server.Services.GetRequiredService<DatabaseTarget>());
    }

    public void Dispose()
    {
        if (_cluster is not null)
        {
            Run("stop", _cluster);
        }
    }

    private string Aside => Path.Combine(_server.DataPath, "outage");

    private static List<string> SqliteFiles(string folder) => Directory.EnumerateFiles(folder, "marquee.db*").ToList();

    private static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Script) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"postgres.sh {string.Join(' ', arguments)} failed: {error}");
    }
}
