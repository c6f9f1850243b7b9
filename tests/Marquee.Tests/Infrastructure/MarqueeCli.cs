using System.Diagnostics;

namespace Marquee.Tests.Infrastructure;

/// <summary>Runs the real `marquee` executable in its own process against a data folder of its own.</summary>
public sealed class MarqueeCli : IDisposable
{
    public MarqueeCli() => Database = new TestDatabase(DataPath);

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "marquee-cli-tests", Guid.NewGuid().ToString("n"));

    public TestDatabase Database { get; }

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string arguments, string? input = null)
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

    public void Dispose()
    {
        Database.Dispose();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
