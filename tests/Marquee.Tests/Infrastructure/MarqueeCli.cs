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

    /// <summary>Settings for every later run, as environment variables (e.g. Marquee:Media:UnclaimedFileGraceSeconds).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

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

    /// <summary>
    /// Runs a command and kills it (SIGKILL, the whole process tree) when <paramref name="killWhen"/> completes: its exit code
    /// when it ended first, else null.
    /// </summary>
    public async Task<int?> RunKilledWhenAsync(string arguments, Func<CancellationToken, Task> killWhen)
    {
        using var process = Process.Start(StartInfo(arguments))!;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var exit = process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var kill = killWhen(ended.Token);
        if (await Task.WhenAny(exit, kill) == exit)
        {
            await ended.CancelAsync();
            return process.ExitCode;
        }

        await kill;
        process.Kill(entireProcessTree: true);
        await exit;
        return null;
    }

    /// <summary>`marquee serve` on a free port, as an operator runs a node: ready once /readyz answers 200.</summary>
    public Task<ServeProcess> ServeAsync() => ServeAsync(FreePorts.Next());

    /// <summary>`marquee serve` on the given port: a node restarted where its clients (and their cookies) still look for it.</summary>
    public Task<ServeProcess> ServeAsync(int port) => ServeProcess.StartAsync(StartInfo, port);

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
        foreach (var (key, value) in Database.Settings.Concat(Settings))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }
}
