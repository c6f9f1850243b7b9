using System.Diagnostics;

namespace Marquee.Tests.Infrastructure;

/// <summary>Runs the real `marquee` executable in its own process against a data folder of its own.</summary>
public sealed class MarqueeCli : IDisposable
{
    private readonly bool _ownsData;

    public MarqueeCli()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "marquee-cli-tests", Guid.NewGuid().ToString("n"));
        Database = new TestDatabase(DataPath);
        _ownsData = true;
    }

    /// <summary>The CLI run against a test server's database, as an operator runs it beside live nodes.</summary>
    public MarqueeCli(MarqueeServer server)
    {
        DataPath = server.DataPath;
        Database = server.Database;
    }

    public string DataPath { get; }

    public TestDatabase Database { get; }

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string arguments, string? input = null)
    {
        var start = StartInfo(arguments);
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>`marquee serve` on a free port, as an operator runs a node: ready once /readyz answers 200.</summary>
    public Task<ServeProcess> ServeAsync() => ServeProcess.StartAsync(StartInfo, FreePorts.Next());

    public void Dispose()
    {
        if (!_ownsData)
        {
            return;
        }

        Database.Dispose();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private ProcessStartInfo StartInfo(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "marquee.dll")}\" {arguments}")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Marquee__DataPath"] = DataPath,
                ["Marquee__Demo__LoadOnFirstRun"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (key, value) in Database.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }
}
