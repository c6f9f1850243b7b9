using System.Diagnostics;
using System.Text.Json;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// Runs a script of tests/clients (independent npm clients: feed parsers, Ghost's Content API client)
/// with Node. `dotnet test` alone must work on a fresh clone, so the packages are installed on first use.
/// </summary>
public static class NodeClients
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "clients");
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    /// <summary>The script's standard output; fails the test with its standard error when it exits non-zero.</summary>
    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, byte[] input, string failure)
    {
        using var process = await StartAsync(script, arguments);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.BaseStream.WriteAsync(input, TestContext.Current.CancellationToken);
        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{failure}: {await error}");
        return await output;
    }

    /// <summary>Starts a script with its standard streams redirected; for servers that run beside a test.</summary>
    public static async Task<Process> StartAsync(string script, IEnumerable<string> arguments)
    {
        await Installed.Value;
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task InstallAsync()
    {
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "package.json")));
        var missing = manifest.RootElement.GetProperty("dependencies").EnumerateObject()
            .Any(dependency => !Directory.Exists(Path.Combine(Folder, "node_modules", dependency.Name)));
        if (!missing)
        {
            return;
        }

        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {Folder} failed: {await error}");
        }
    }
}
